import re

from snippet_runner import run


def fixed(version):
    """gh-115634 was fixed in 3.13.15, 3.14.7 and 3.15.0 (CPython's NEWS)."""
    return version >= (3, 15) or (3, 14, 7) <= version < (3, 15) or (3, 13, 15) <= version < (3, 14)


def test_max_tasks_per_child_above_one_stalls_before_the_fix():
    # No start_method fixture: with max_tasks_per_child the executor always uses spawn.
    result = run("pool_or_executor/recycling_stall.py")
    assert result.ok, result.problem
    ran_on = tuple(map(int, re.match(r"(\d+)\.(\d+)\.(\d+)", result.python).groups()))  # "3.15.0b4" too
    if fixed(ran_on):
        assert result.lines == ["after up to 5 s: 5 of 5 tasks done", "all results: [0, 1, 4, 9, 16]"]
    else:
        assert result.lines[:2] == [
            "after up to 5 s: 2 of 5 tasks done",
            "the worker retired after 2 tasks and no new one started; the rest would wait forever",
        ]
        assert "all results" not in result.output


def test_the_versions_we_ran_it_on():
    assert not fixed((3, 11, 7)) and not fixed((3, 12, 1)) and not fixed((3, 13, 0))
    assert fixed((3, 13, 18)) and fixed((3, 14, 10)) and fixed((3, 15, 2))
