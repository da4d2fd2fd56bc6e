import re

from .timing import tasks

from snippet_runner import run

SUBMITTED = ["0.6", "0.1", "0.45", "0.25"]


def test_imap_yields_in_submission_order(start_method):
    result = run("coderzcolumn/pool_imap.py", start_method)
    assert result.ok, result.problem
    # observed on this Python: an IMapIterator only for chunksize=1
    assert result.lines[:2] == ["imap(chunksize=1) gives IMapIterator", "imap(chunksize=2) gives generator"]
    got = re.findall(r"^got the ([\d.]+) s task at ([\d.]+) s$", result.output, re.M)
    assert [seconds for seconds, _ in got] == SUBMITTED
    finished = sorted(tasks(result.output), key=lambda t: t[3])
    assert [task for task, *_ in finished] != SUBMITTED  # the tasks did not end in that order
    slowest_end = max(end for *_, end in finished)
    assert all(float(at) >= slowest_end - 0.01 for _, at in got)  # all waited for the slow first task
