import re

from snippet_runner import run


def pid(line):
    return re.search(r"\(pid (\d+)\)", line).group(1)


def test_initializer_runs_once_per_worker_before_its_tasks(start_method):
    result = run("coderzcolumn/pool_initializer.py", start_method)
    assert result.ok, result.problem
    lines = result.lines
    inits = [(n, pid(line)) for n, line in enumerate(lines) if line.startswith("initializer:")]
    tasks = [(n, pid(line)) for n, line in enumerate(lines) if line.startswith("task ")]
    assert len(tasks) == 6 and all(lines[n].endswith("says 'hello'") for n, _ in tasks)
    # exactly once in each of the two workers
    assert len(inits) == 2 and len({p for _, p in inits}) == 2
    # each worker's initializer line comes before every one of its tasks
    for init_line, worker in inits:
        assert all(init_line < n for n, p in tasks if p == worker)
    assert {p for _, p in tasks} <= {p for _, p in inits}
