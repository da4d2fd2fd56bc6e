import sys

import pytest

from snippet_runner import run

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no pseudo-terminals (pty) on Windows")

INTERLEAVED = ["A: line 1", "B: line 1", "A: line 2", "B: line 2", "A: line 3", "B: line 3"]


def test_in_a_terminal_every_line_appears_as_it_is_printed(start_method):
    result = run("where_code_runs/in_a_terminal.py", start_method)
    assert result.ok, result.problem
    assert result.lines == [
        "$ python lines_lost_without_flush.py",
        "worker: this line is flushed",
        "worker: this line waits in the buffer",  # not lost in a terminal
        "main: the worker was terminated, exit code -15",
        "$ python lines_grouped_without_flush.py",
        "--- print(..., flush=False)", *INTERLEAVED,  # interleaved even without flush
        "--- print(..., flush=True)", *INTERLEAVED,
    ]
