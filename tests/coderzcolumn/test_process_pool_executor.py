import re

from .timing import tasks

from snippet_runner import run


def test_as_completed_follows_completion_and_the_with_block_waits(start_method):
    result = run("coderzcolumn/process_pool_executor.py", start_method)
    assert result.ok, result.problem
    ran = tasks(result.output)
    first_three = sorted((t for t in ran if t[0] != "0.2"), key=lambda t: t[3])
    got = re.findall(r"^as_completed\(\) gave ([\d.]+)$", result.output, re.M)
    assert got == [task for task, *_ in first_three]  # the order in which they finished
    submitted = re.search(r"^submitted: (.+)$", result.output, re.M).group(1).split()
    assert submitted == ["0.45", "0.15", "0.3"]
    assert got == ["0.15", "0.3", "0.45"]  # the slowest, submitted first, came back last
    # the task submitted last ran to its end: leaving the block waited for it
    assert [task for task, *_ in ran].count("0.2") == 1
    assert result.lines[-1] == "after the with-block, the last task is done: True"
