import re

from snippet_runner import run

LINE = re.compile(r"(Pool|executor) task (\d): (\S+) \(pid (\d+)\)")


def test_workers_are_replaced_and_the_executor_always_spawns(start_method, pool_worker):
    result = run("pool_or_executor/tasks_per_child.py", start_method)
    assert result.ok, result.problem
    rows = [LINE.fullmatch(line).groups() for line in result.lines]
    pool = [(name, pid) for kind, _, name, pid in rows if kind == "Pool"]
    executor = [(name, pid) for kind, _, name, pid in rows if kind == "executor"]
    assert len(pool) == 4 and len(executor) == 3
    # maxtasksperchild=2: tasks 0 and 1 in one worker, 2 and 3 in its replacement.
    # (names, not pids: the system may give the replacement the pid of the worker that ended)
    assert pool[0] == pool[1] and pool[2] == pool[3] and pool[0][0] != pool[2][0]
    assert all(name.startswith(pool_worker + "-") for name, _ in pool)
    # max_tasks_per_child=1: a new process per task, started by spawn whatever the default.
    assert len({name for name, _ in executor}) == 3
    assert all(re.fullmatch(r"SpawnProcess-\d+", name) for name, _ in executor)
