import sys

import pytest

from snippet_runner import run

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows has no zombie processes")


def states(result, moment):
    line = next(line for line in result.lines if line.startswith(moment))
    return line[len(moment):].strip().split(", ")


def test_is_alive_start_and_active_children_each_reap(start_method):
    result = run("rommel/who_reaps_zombies.py", start_method)
    assert result.ok, result.problem
    assert result.lines[0] == f"start method: {start_method}"
    assert [line.split(":")[0] for line in result.lines[1:]] == [
        "three exited, none joined", "first[0].is_alive()", "after that is_alive()",
        "after fourth.start()", "the fourth exited", "active_children()", "after active_children()",
    ]
    if start_method == "forkserver":
        # the forkserver is their operating-system parent and reaps them itself, in its own time
        for moment in ("three exited, none joined:", "after that is_alive():", "after fourth.start():",
                       "the fourth exited:", "after active_children():"):
            assert set(states(result, moment)) <= {"zombie", "gone"}
        return
    # fork, spawn: the main process is their parent; each of these calls collects the ended ones
    assert states(result, "three exited, none joined:") == ["zombie"] * 3
    assert "first[0].is_alive(): False" in result.lines
    assert states(result, "after that is_alive():") == ["gone", "zombie", "zombie"]  # only that one
    assert states(result, "after fourth.start():") == ["gone"] * 3  # start() cleaned up the rest
    assert states(result, "the fourth exited:") == ["zombie"]
    assert "active_children(): []" in result.lines
    assert states(result, "after active_children():") == ["gone"]
