import sys

import pytest

from snippet_runner import run


@pytest.mark.skipif(sys.platform == "win32", reason="on Windows kill() is terminate(): both give -15")
def test_kill_gives_minus_sigkill(start_method):
    result = run("coderzcolumn/kill_children.py", start_method)
    assert result.ok, result.problem
    assert result.lines == ["worker-1: exitcode -9", "worker-2: exitcode -9"]
