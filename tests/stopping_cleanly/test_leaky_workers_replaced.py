import re

from snippet_runner import run

TASK = re.compile(r"^  task (\d): worker pid (\d+), using (\d+) MB$")


def rounds(output):
    """{limit: [(pid, megabytes) for tasks 1 to 6]}"""
    found = {}
    for part in output.split("Pool(1, maxtasksperchild=")[1:]:
        limit, *lines = part.splitlines()
        found[limit.rstrip(")")] = [(int(m[2]), int(m[3])) for m in map(TASK.match, lines)]
    return found


def test_maxtasksperchild_replaces_a_leaking_worker_and_frees_its_memory(start_method):
    result = run("stopping_cleanly/leaky_workers_replaced.py", start_method)
    assert result.ok, result.problem
    found = rounds(result.output)
    assert list(found) == ["None", "2"]
    pids, memory = zip(*found["None"])
    assert len(set(pids)) == 1  # one worker did all six tasks
    assert all(later - earlier >= 15 for earlier, later in zip(memory, memory[1:]))  # 20 MB more each time
    pids, memory = zip(*found["2"])
    assert pids[0] == pids[1] != pids[2] == pids[3] != pids[4] == pids[5] != pids[0]  # a new worker every 2 tasks
    for first, second in (memory[0:2], memory[2:4], memory[4:6]):
        assert second - first >= 15
        assert abs(first - memory[0]) <= 5  # each new worker starts from the same size
