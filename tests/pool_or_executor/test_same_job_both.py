import re

from snippet_runner import run

PREFIX = {"fork": "Fork", "forkserver": "ForkServer", "spawn": "Spawn"}


def test_both_give_the_same_results_from_differently_named_workers(start_method):
    result = run("pool_or_executor/same_job_both.py", start_method)
    assert result.ok, result.problem
    prefix = PREFIX[start_method]
    pool_line, executor_line = result.lines
    assert re.fullmatch(rf"Pool: \[4, 2, 8, 5\], computed by {prefix}PoolWorker-\d+(, {prefix}PoolWorker-\d+)?", pool_line)
    assert re.fullmatch(
        rf"ProcessPoolExecutor: \[4, 2, 8, 5\], computed by {prefix}Process-\d+(, {prefix}Process-\d+)?", executor_line
    )
    # The numbers count every process the program created: the pool's two workers
    # are 1 and 2, the executor's continue after them.
    pool_numbers = {int(n) for n in re.findall(r"-(\d+)", pool_line)}
    executor_numbers = {int(n) for n in re.findall(r"-(\d+)", executor_line)}
    assert pool_numbers <= {1, 2}
    assert min(executor_numbers) > 2
