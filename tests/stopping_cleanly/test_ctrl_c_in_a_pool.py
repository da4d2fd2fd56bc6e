import re
import sys

import pytest

from snippet_runner import run

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to another process ends it on Windows")


def test_ctrl_c_in_pool_map_ends_in_tracebacks(start_method, pool_worker):
    result = run("stopping_cleanly/ctrl_c_in_a_pool.py", start_method)
    assert result.ok, result.problem
    assert result.returncode == -2  # ended by SIGINT, as Python does after an uncaught KeyboardInterrupt
    # The main program's traceback comes last and points at pool.map().
    main = result.output.rsplit("Traceback (most recent call last):", 1)[1]
    assert "print(pool.map(slow_square, [1, 2, 3, 4]))" in main
    assert result.lines[-1] == "KeyboardInterrupt"
    assert "[1, 4, 9, 16]" not in result.output  # no result
    # Workers may print their own tracebacks (whole, cut short, or not at all).
    headers = re.findall(r"^Process (\S+):$", result.output, re.M)
    assert all(re.fullmatch(rf"{pool_worker}-\d+", name) for name in headers)
    assert len(headers) <= 2  # at most one per worker of Pool(2)
    # and no other traceback: the main program's, plus at most one per worker header
    assert result.output.count("Traceback (most recent call last):") <= len(headers) + 1
