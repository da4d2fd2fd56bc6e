import re

from snippet_runner import run


def test_pool_map_returns_squares_in_order_from_four_workers(start_method):
    result = run("practical_demonstrations/pool_map.py", start_method)
    assert result.ok, result.problem
    assert result.lines[0] == "the pool started 4 worker processes"
    assert result.lines[1] == "squares: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]"
    counts = re.findall(r"^\w+PoolWorker-(\d+) computed (\d+) of them$", result.output, re.M)
    assert len(counts) == len(result.lines) - 2  # nothing else printed
    # how the ten tasks are shared varies; only the pool's four workers take part
    assert {int(worker) for worker, _ in counts} <= {1, 2, 3, 4}
    assert sum(int(count) for _, count in counts) == 10
