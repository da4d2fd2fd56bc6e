import re

from snippet_runner import run

TASK = re.compile(r"task (computer_\d+) on (\S+): ([\d.]+) s -> ([\d.]+) s")


def test_never_more_than_five_tasks_at_once(start_method):
    result = run("mousevspython/pool_of_five.py", start_method)
    assert result.ok, result.problem
    tasks = [(name, worker, float(begin), float(end)) for name, worker, begin, end in TASK.findall(result.output)]
    assert sorted(name for name, *_ in tasks) == sorted(f"computer_{i}" for i in range(15))
    assert len({worker for _, worker, _, _ in tasks}) <= 5
    for _, _, begin, _ in tasks:  # at each start, count the tasks running (printed times are rounded to 0.01 s)
        running = [t for t in tasks if t[2] <= begin + 0.005 and t[3] > begin + 0.01]
        assert len(running) <= 5
    wall = float(re.search(r"took ([\d.]+) s", result.output).group(1))
    assert wall >= 3 * 0.2 * 0.95  # three rounds of five: it cannot be faster
