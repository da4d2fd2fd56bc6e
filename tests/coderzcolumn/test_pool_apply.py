import re

from .timing import tasks

from snippet_runner import run


def test_apply_blocks_so_three_calls_run_one_after_another(start_method):
    result = run("coderzcolumn/pool_apply.py", start_method)
    assert result.ok, result.problem
    # the page: one after another "even with four idle workers"
    assert result.lines[0] == "workers in the pool: 4"
    # each apply() returns its result before the next task starts
    steps = [re.sub(r" on .*", "", line) for line in result.lines[1:]]
    assert steps == ["task 10+20", "apply() returned 30", "task 20+30", "apply() returned 50",
                     "task 30+40", "apply() returned 70"]
    ran = tasks(result.output)
    for before, after in zip(ran, ran[1:]):
        assert after[2] >= before[3] - 0.01  # each starts once the previous has ended
