import sys

import pytest

from snippet_runner import run

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to another process ends it on Windows")


def test_workers_ignore_ctrl_c_and_the_main_process_terminates_them(start_method):
    result = run("stopping_cleanly/ctrl_c_stopped_cleanly.py", start_method)
    assert result.ok, result.problem
    assert result.lines == ["Ctrl-C: stopping the workers", "all workers have ended"]
    assert result.seconds < 5  # the 5-second tasks were cut short by terminate()
