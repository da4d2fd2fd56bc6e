import re

from snippet_runner import run


def test_terminate_stops_the_child_but_not_the_grandchild(start_method):
    # result.ok also means nothing was left running: the snippet cleans up its grandchild
    result = run("coderzcolumn/terminate_leaves_grandchildren.py", start_method)
    assert result.ok, result.problem
    lines = result.lines
    terminated = lines.index("child terminated, exit code -15")
    assert lines[-1] == "the main program stopped the grandchild itself"
    assert all(re.fullmatch(r"grandchild: tick \d+", line) for line in lines[:terminated] + lines[terminated + 1:-1])
    # the grandchild went on ticking after its parent had been terminated and joined
    assert len(lines[terminated + 1:-1]) >= 1
