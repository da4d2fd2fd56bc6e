from .timing import seconds, tasks

from snippet_runner import run


def check_chunking(result, name, first_sums, second_sums):
    assert result.ok, result.problem
    one_each = seconds(rf"^{name}\(\): {first_sums} in [\d.]+ s = ([\d.]+) task lengths$", result.output)
    by_two = seconds(rf"^{name}\(chunksize=2\): {second_sums} in [\d.]+ s = ([\d.]+) task lengths$", result.output)
    ran = tasks(result.output)
    first_half = [t for t in ran if int(t[0].split("+")[0]) < 10]
    second_half = [t for t in ran if int(t[0].split("+")[0]) >= 10]
    assert len(first_half) == len(second_half) == 4
    # one item per worker: four workers, one round
    assert len({worker for _, worker, _, _ in first_half}) == 4
    assert one_each < 1.7
    # two chunks of two: only two workers get work, each runs its two tasks in turn
    workers = [worker for _, worker, _, _ in second_half]
    assert sorted(workers.count(w) for w in set(workers)) == [2, 2]
    assert by_two >= 1.8


def test_starmap_with_and_without_chunksize(start_method):
    result = run("coderzcolumn/pool_starmap.py", start_method)
    check_chunking(result, "starmap", r"\[3, 7, 11, 15\]", r"\[30, 70, 110, 150\]")
