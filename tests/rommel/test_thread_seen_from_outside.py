import re
import sys

from snippet_runner import run


def test_thread_count_rises_while_the_thread_runs_and_falls_back(start_method):
    result = run("rommel/thread_seen_from_outside.py", start_method)
    assert result.ok, result.problem
    counts = re.findall(r"^(before start\(\)|while it runs |after join\(\)  ): (\d+) thread\(s\) in process (\d+): (.*)$", result.output, re.M)
    assert [moment.strip() for moment, *_ in counts] == ["before start()", "while it runs", "after join()"]
    (_, before, pid, names_before), (_, during, pid_during, names_during), (_, after, pid_after, names_after) = counts
    assert pid == pid_during == pid_after  # no new process
    assert (names_before, names_during, names_after) == ("['MainThread']", "['MainThread', 'Consumer']", "['MainThread']")
    assert (int(during), int(after)) == (int(before) + 1, int(before))  # one more while it runs, then back
    # join() waits: the thread's last line (0.3 s after it was told to finish) comes before join() returns
    lines = result.lines
    assert lines.index("worker thread: done") < lines.index("main thread: join() returned")
    if sys.platform == "linux":  # as the page, built on Linux, shows (Windows runs threads of its own)
        assert int(before) == 1  # the OS and Python agree: just the main thread
