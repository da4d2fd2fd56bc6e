from .timing import tasks

from snippet_runner import run


def check_chunking(result, name):
    assert result.ok, result.problem
    assert f"{name}(): [3, 7, 11, 15]" in result.lines
    assert f"{name}(chunksize=2): [30, 70, 110, 150]" in result.lines
    ran = tasks(result.output)
    first_half = [t for t in ran if int(t[0].split("+")[0]) < 10]
    second_half = [t for t in ran if int(t[0].split("+")[0]) >= 10]
    assert len(first_half) == len(second_half) == 4
    # one item per worker: four workers, one round, side by side
    assert len({worker for _, worker, _, _ in first_half}) == 4
    assert max(t[2] for t in first_half) < min(t[3] for t in first_half)
    # two chunks of two: two workers get work, each runs its two tasks in turn
    by_worker = {}
    for task in sorted(second_half, key=lambda t: t[2]):
        by_worker.setdefault(task[1], []).append(task)
    assert sorted(len(mine) for mine in by_worker.values()) == [2, 2]
    for first, second in by_worker.values():
        assert second[2] >= first[3] - 0.01
    # ... and the two chunks ran at the same time: about two task lengths in all
    (a, _), (b, _) = by_worker.values()
    assert a[2] < b[3] and b[2] < a[3]


def test_starmap_with_and_without_chunksize(start_method):
    check_chunking(run("coderzcolumn/pool_starmap.py", start_method), "starmap")
