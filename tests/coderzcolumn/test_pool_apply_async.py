from .timing import tasks

from snippet_runner import run


def test_apply_async_runs_the_three_tasks_at_once(start_method):
    result = run("coderzcolumn/pool_apply_async.py", start_method)
    assert result.ok, result.problem
    assert "right after apply_async(): ready() is [False, False, False]" in result.lines
    assert any(line.startswith("after wait() on the first: ready() is [True,") for line in result.lines)
    assert "get(): [30, 50, 70]" in result.lines
    assert "successful(): [True, True, True]" in result.lines
    ran = tasks(result.output)
    assert sorted(task for task, *_ in ran) == ["10+20", "20+30", "30+40"]
    assert len({worker for _, worker, _, _ in ran}) == 3  # three workers at once
    # side by side: every task started before any had ended (about one task length in all)
    assert max(begin for _, _, begin, _ in ran) < min(end for *_, end in ran)
