import re

from snippet_runner import run

TASK = re.compile(r"^task (computer_\d+) on (\S+): ([\d.]+) s -> ([\d.]+) s$", re.M)


def test_five_workers_never_more_than_five_tasks_at_once(start_method):
    result = run("mousevspython/pool_of_five.py", start_method)
    assert result.ok, result.problem
    assert "worker processes in the pool: 5" in result.lines
    tasks = [(name, worker, float(begin), float(end)) for name, worker, begin, end in TASK.findall(result.output)]
    assert sorted(name for name, *_ in tasks) == sorted(f"computer_{i}" for i in range(15))
    # all five workers took tasks (they were all ready before map() began) ...
    assert len({worker for _, worker, _, _ in tasks}) == 5
    # ... and at no start were more than five tasks running (times are rounded to 0.01 s)
    for _, _, begin, _ in tasks:
        running = [t for t in tasks if t[2] <= begin + 0.005 and t[3] > begin + 0.01]
        assert len(running) <= 5
    # fifteen tasks of 0.2 s on five workers: at least three rounds
    span = max(t[3] for t in tasks) - min(t[2] for t in tasks)
    assert span >= 3 * 0.2 * 0.95

