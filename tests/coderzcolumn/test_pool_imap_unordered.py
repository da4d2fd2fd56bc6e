import re

from .timing import tasks

from snippet_runner import run


def test_imap_unordered_yields_in_completion_order(start_method):
    result = run("coderzcolumn/pool_imap_unordered.py", start_method)
    assert result.ok, result.problem
    got = re.findall(r"^got the ([\d.]+) s task at ([\d.]+) s$", result.output, re.M)
    ran = tasks(result.output)
    # four workers, one task each, all started before the first one ended
    assert len({worker for _, worker, _, _ in ran}) == 4
    assert max(begin for _, _, begin, _ in ran) < min(end for *_, end in ran)
    finished = [task for task, *_ in sorted(ran, key=lambda t: t[3])]
    # submitted as 0.6, 0.1, 0.45, 0.25
    assert [seconds for seconds, _ in got] == finished == ["0.1", "0.25", "0.45", "0.6"]
    # the first three arrived before the slowest task had even ended
    slowest_end = max(end for *_, end in ran)
    assert all(float(at) < slowest_end for _, at in got[:3])
