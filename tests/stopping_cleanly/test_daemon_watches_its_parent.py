import sys

import pytest

from snippet_runner import run

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")


def test_a_daemon_that_watches_its_parent_ends_when_the_parent_is_killed(start_method):
    result = run("stopping_cleanly/daemon_watches_its_parent.py", start_method)
    assert result.ok, result.problem
    assert result.lines == ["parent exit code: -9", "daemon stopped by itself: True"]
