import re

from .timing import tasks

from snippet_runner import run

SUBMITTED = ["0.1", "0.6", "0.25", "0.45"]


def test_imap_yields_in_submission_order(start_method):
    result = run("coderzcolumn/pool_imap.py", start_method)
    assert result.ok, result.problem
    # observed on 3.11 to 3.15: an IMapIterator only for chunksize=1
    assert "imap(chunksize=1) gives IMapIterator" in result.lines
    assert "imap(chunksize=2) gives generator" in result.lines
    got = re.findall(r"^got the ([\d.]+) s task at ([\d.]+) s$", result.output, re.M)
    assert [seconds for seconds, _ in got] == SUBMITTED
    ran = tasks(result.output)
    # one task per worker, all four at once: each started before the first one ended
    assert sorted(task for task, *_ in ran) == sorted(SUBMITTED)
    assert len({worker for _, worker, _, _ in ran}) == 4
    assert max(begin for _, _, begin, _ in ran) < min(end for *_, end in ran)
    finished = sorted(ran, key=lambda t: t[3])
    assert [task for task, *_ in finished] == ["0.1", "0.25", "0.45", "0.6"]  # not the order submitted
    slowest_end = max(end for *_, end in ran)
    first_at = float(got[0][1])
    # the first result is handed over as soon as its task ends, long before the slowest ends
    # (map() would hand over nothing before then)
    assert first_at < slowest_end - 0.3
    # the quicker tasks after the slow second one waited for it: the order is kept
    assert all(float(at) >= slowest_end - 0.01 for _, at in got[1:])
