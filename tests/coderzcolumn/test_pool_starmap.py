from .timing import seconds, tasks

from snippet_runner import run

TASK_LENGTH = 0.3


def check_chunking(result, name, first_sums, second_sums):
    assert result.ok, result.problem
    one_each = seconds(rf"^{name}\(\): {first_sums} in ([\d.]+) s", result.output)
    by_two = seconds(rf"^{name}\(chunksize=2\): {second_sums} in ([\d.]+) s", result.output)
    assert one_each / TASK_LENGTH < 1.7  # four tasks on four workers: one round
    assert 1.8 < by_two / TASK_LENGTH < 3.4  # two chunks of two: two rounds
    second_half = [t for t in tasks(result.output) if int(t[0].split("+")[0]) >= 10]
    assert len(second_half) == 4
    assert len({worker for _, worker, _, _ in second_half}) == 2  # only two workers get a chunk


def test_starmap_with_and_without_chunksize(start_method):
    result = run("coderzcolumn/pool_starmap.py", start_method)
    check_chunking(result, "starmap", r"\[3, 7, 11, 15\]", r"\[30, 70, 110, 150\]")
