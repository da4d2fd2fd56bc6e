import re

from snippet_runner import run


def test_thread_count_rises_while_the_thread_runs_and_falls_back(start_method):
    result = run("rommel/thread_seen_from_outside.py", start_method)
    assert result.ok, result.problem
    counts = re.findall(r"^(before start\(\)|while it runs |after join\(\)  ): (\d+) thread\(s\) in process \d+: (.*)$", result.output, re.M)
    assert [(moment.strip(), int(n), names) for moment, n, names in counts] == [
        ("before start()", 1, "['MainThread']"),
        ("while it runs", 2, "['MainThread', 'Consumer']"),
        ("after join()", 1, "['MainThread']"),
    ]
