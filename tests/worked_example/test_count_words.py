import re
import sys

import pytest

from snippet_runner import run

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="its Ctrl-C is a POSIX signal (keyboard.py)")


def test_counting_in_a_pool_agrees_with_one_process_is_faster_and_stops_on_ctrl_c(usable_cores, start_method):
    """Under every start method: a reader on macOS gets spawn, one on Linux with Python 3.14 forkserver."""
    result = run("worked_example/count_words.py", start_method)
    assert result.ok, result.problem
    assert result.lines[0] == "40 files of 250,000 words in a temporary folder"
    assert "same counts: True" in result.lines
    # Progress from the queue, every ten files, in the first pool run ...
    first_run = result.output.split("once more")[0]
    assert re.findall(r"^  (\d+) of 40 files$", first_run, re.M) == ["10", "20", "30", "40"]
    # ... and the second run stops cleanly at the Ctrl-C pressed after ten files.
    second_run = result.output.split("once more, pressing Ctrl-C after 10 files:\n")[1]
    assert second_run.splitlines() == [
        "  10 of 40 files",
        "Ctrl-C: stopping after 10 of 40 files",
        "result: None",
        "temporary folder removed: True",
    ]
    assert "Traceback" not in result.output
    # The speed-up: never more than one core's worth per process ...
    times = {int(n): float(s) for n, s in re.findall(r"^(\d+) process(?:es)?: ([\d.]+) s$", result.output, re.M)}
    assert len(times) == 2 and 1 in times
    processes = max(times)
    speedup = times[1] / times[processes]
    assert speedup < processes * 1.25
    if usable_cores < 2 or processes < 2:
        pytest.skip("one usable core: no parallel speedup to check here")
    assert speedup > 1.2  # ... and clearly faster with two or more
