import re

from snippet_runner import run

TASK = re.compile(r"^  task (\d): (\w+)-(\d+), using (\d+) MB$")


def rounds(output):
    """{limit: [(worker name, megabytes) for tasks 1 to 6]}"""
    found = {}
    for part in output.split("Pool(1, maxtasksperchild=")[1:]:
        limit, *lines = part.splitlines()
        found[limit.rstrip(")")] = [(f"{m[2]}-{m[3]}", int(m[4])) for m in map(TASK.match, lines)]
    return found


def test_maxtasksperchild_replaces_a_leaking_worker_and_frees_its_memory(start_method, pool_worker):
    result = run("stopping_cleanly/leaky_workers_replaced.py", start_method)
    assert result.ok, result.problem
    found = rounds(result.output)
    assert list(found) == ["None", "2"], result.output
    # the first pool's one worker does all six tasks and grows by 20 MB each time
    names, memory = zip(*found["None"])
    assert names == (f"{pool_worker}-1",) * 6, result.output
    assert all(later - earlier >= 15 for earlier, later in zip(memory, memory[1:])), result.output
    # the second pool starts a new worker (the numbering goes on) every 2 tasks
    names, memory = zip(*found["2"])
    assert names == tuple(f"{pool_worker}-{n}" for n in (2, 2, 3, 3, 4, 4)), result.output
    for first, second in (memory[0:2], memory[2:4], memory[4:6]):
        assert second - first >= 15, result.output
        assert abs(first - memory[0]) <= 5, result.output  # each new worker starts from the same size
