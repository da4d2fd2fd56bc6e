import re

from snippet_runner import run


def test_unlocked_increments_are_lost(start_method):
    result = run("sharing_state/value_race.py", start_method)
    assert result.ok, result.problem
    expected, got = map(int, re.fullmatch(r"expected (\d+), got (\d+)", result.lines[0]).groups())
    assert expected == 400_000
    # Four processes, started together, 100 000 unlocked += each: in every run
    # we tried (about a hundred, on six Pythons, under load) thousands were lost.
    assert got < expected
    assert result.lines[1] == f"lost updates: {expected - got}"
