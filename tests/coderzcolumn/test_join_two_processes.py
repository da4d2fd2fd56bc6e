import re

from snippet_runner import run


def test_join_returns_when_each_process_ends(start_method):
    result = run("coderzcolumn/join_two_processes.py", start_method)
    assert result.ok, result.problem
    lines = result.lines
    assert lines.index("worked 0.2 s") < lines.index([l for l in lines if l.startswith("short joined")][0])
    assert lines.index("worked 0.6 s") < lines.index([l for l in lines if l.startswith("long joined")][0])
    short, long = map(float, re.findall(r"joined after ([\d.]+) s", result.output))
    assert long > short
