import re

from snippet_runner import run


def test_both_pass_the_barrier_together_and_reports_never_interleave(start_method):
    result = run("practical_demonstrations/barrier_and_lock.py", start_method)
    assert result.ok, result.problem
    lines = result.lines
    assert len(lines) == 8
    for block in (lines[:4], lines[4:]):  # each report is four lines from one process
        names = {line.split(":")[0] for line in block}
        assert len(names) == 1
        assert block[0].endswith("report begins") and block[3].endswith("report ends")
    times = {(name, what): float(t) for name, what, t in re.findall(r"^(\w+): (arrived|passed) .* at ([\d.]+) s$", result.output, re.M)}
    arrival_gap = times["slow", "arrived"] - times["quick", "arrived"]
    passing_gap = abs(times["slow", "passed"] - times["quick", "passed"])
    assert arrival_gap > 0.3  # they arrive half a second apart...
    assert passing_gap < arrival_gap / 3  # ...and leave together
