import re
import sys

import pytest

from snippet_runner import run

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM and SIGKILL are POSIX signals")

RUNNING = re.compile(r"^(SIGTERM|SIGKILL): parent exit code (-\d+); daemon running, its parent pid (\d+) -> (\d+)$")


def test_a_daemon_stops_with_its_parent_only_when_the_parent_exits_normally(start_method):
    result = run("stopping_cleanly/daemon_outlives_killed_parent.py", start_method)
    assert result.ok, result.problem
    assert result.lines[0] == "normal exit: parent exit code 0; daemon stopped"
    killed = [RUNNING.match(line).groups() for line in result.lines[1:]]
    assert [(sig, code) for sig, code, _, _ in killed] == [("SIGTERM", "-15"), ("SIGKILL", "-9")]
    for _, _, was, now in killed:
        if start_method == "forkserver":
            assert was == now  # its parent is a fork server, which lives on
        else:
            assert was != now  # adopted by another process (pid 1 or a subreaper)
