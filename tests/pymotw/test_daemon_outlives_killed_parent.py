import re

from snippet_runner import run


def test_a_daemon_keeps_running_after_its_parent_is_killed(start_method):
    result = run("pymotw/daemon_outlives_killed_parent.py", start_method)
    assert result.ok, result.problem
    lines = result.lines
    assert lines[0] == "heartbeat: beat 1, my parent alive: True"
    assert lines[1] == "main: service killed, exit code -15"
    beats = re.findall(r"^heartbeat: beat (\d), my parent alive: (True|False)$", result.output, re.M)
    assert [int(n) for n, _ in beats] == [1, 2, 3, 4, 5]
    # beats 3 to 5 come 0.6 s or more after the kill: the parent is gone, the daemon goes on
    assert [alive for n, alive in beats[2:]] == ["False"] * 3
    assert lines[-1] == "heartbeat: nobody stopped me, I end on my own"
