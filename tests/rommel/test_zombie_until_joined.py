import re
import sys

import pytest

from snippet_runner import run

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows has no zombie processes")


def test_an_exited_child_stays_a_zombie_until_reaped(start_method):
    result = run("rommel/zombie_until_joined.py", start_method)
    assert result.ok, result.problem
    lines = result.lines
    assert lines[0] == f"start method: {start_method}"
    before = re.search(r"has exited, not joined: (\w+)$", result.output, re.M).group(1)
    if start_method == "forkserver":
        # its OS parent is the forkserver process, which reaps it at once
        assert before in ("gone", "zombie")
        assert any(line.endswith(" forkserver") for line in lines if line.startswith("tree: 1 "))
    else:
        assert before == "zombie"  # nobody has asked for its exit status yet
        assert any(line.startswith("tree: 1 ") and line.endswith("our child, zombie") for line in lines)
    # the helper processes each method starts, as the page lists them
    helpers = sorted(line.split(" ", 4)[4] for line in lines
                     if line.startswith("tree: 1 ") and "our child" not in line)
    assert helpers == {"fork": [], "spawn": ["resource tracker"],
                       "forkserver": ["forkserver", "resource tracker"]}[start_method]
    # join() collected the exit status: the zombie is gone, under every method
    assert re.search(r"after join\(\): gone$", result.output, re.M)
    assert lines[-1] == "exit code after join(): 0"
