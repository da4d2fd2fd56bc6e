import re

from snippet_runner import run


def test_imap_yields_in_submission_order(start_method):
    result = run("coderzcolumn/pool_imap.py", start_method)
    assert result.ok, result.problem
    # observed on this Python: an IMapIterator only for chunksize=1
    assert result.lines[:2] == ["imap(chunksize=1) gives IMapIterator", "imap(chunksize=2) gives generator"]
    got = re.findall(r"^got the ([\d.]+) s task at ([\d.]+) s$", result.output, re.M)
    assert [seconds for seconds, _ in got] == ["0.8", "0.2", "0.6", "0.4"]
    assert all(float(at) >= 0.7 for _, at in got)  # all wait for the slow first task
