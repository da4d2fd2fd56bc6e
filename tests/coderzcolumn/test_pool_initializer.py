import re

from snippet_runner import run


def test_initializer_runs_once_per_worker_before_its_tasks(start_method):
    result = run("coderzcolumn/pool_initializer.py", start_method)
    assert result.ok, result.problem
    lines = result.lines
    inits = [re.search(r"\(pid (\d+)\)", l).group(1) for l in lines if l.startswith("initializer:")]
    tasks = [(n, re.search(r"\(pid (\d+)\)", l).group(1)) for n, l in enumerate(lines) if l.startswith("task ")]
    assert len(tasks) == 6 and all("says 'hello'" in lines[n] for n, _ in tasks)
    assert len(inits) == len(set(inits)) <= 2  # at most once per worker
    for pid in {pid for _, pid in tasks}:
        first_task = min(n for n, p in tasks if p == pid)
        assert lines.index(next(l for l in lines if l.startswith("initializer:") and f"(pid {pid})" in l)) < first_task
