import re

from snippet_runner import run

# A line the REPL printed, after the prompts of the lines it read before it.
RESULT = re.compile(r"^(?:(?:>>>|\.\.\.) )*result:", re.M)


def test_a_pool_task_typed_into_the_repl_waits_forever_under_spawn_and_forkserver(start_method, pool_worker):
    result = run("where_code_runs/pool_typed_into_the_repl.py", start_method)
    assert result.ok, result.problem
    if start_method == "fork":
        assert RESULT.search(result.output)
        assert "result: 49" in result.output
        assert "Traceback" not in result.output
        return
    # The worker that took the task died of it ...
    assert re.search(rf"Process {pool_worker}-\d+:\n", result.output)  # after the prompts
    assert re.search(r"^AttributeError: .*'square'", result.output, re.M)
    # ... and the pool went on waiting: only the time limit ended the wait.
    assert "multiprocessing.context.TimeoutError" in result.lines
    # (3.13 and later quote the source line print("result:", ...) in the traceback.)
    assert not RESULT.search(result.output)
