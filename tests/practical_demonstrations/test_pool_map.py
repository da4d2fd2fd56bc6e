import re

from snippet_runner import run


def test_pool_map_returns_squares_in_order_from_at_most_four_workers(start_method):
    result = run("practical_demonstrations/pool_map.py", start_method)
    assert result.ok, result.problem
    assert result.lines[0] == "squares: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]"
    counts = re.findall(r"^\w+PoolWorker-\d+ computed (\d+) of them$", result.output, re.M)
    assert 1 <= len(counts) <= 4 and sum(map(int, counts)) == 10
