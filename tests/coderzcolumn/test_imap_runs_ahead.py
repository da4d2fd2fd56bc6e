import re

from snippet_runner import run


def test_imap_takes_every_input_and_keeps_every_result_without_waiting(start_method):
    result = run("coderzcolumn/imap_runs_ahead.py", start_method)
    assert result.ok, result.problem
    assert result.lines[0] == "first result: 0"
    assert re.fullmatch(r"inputs taken so far: \d+", result.lines[1])
    # we asked for one result; meanwhile imap() took the whole input...
    assert result.lines[2] == "1.5 s later: 8"
    # ... and the workers computed every result: the seven left need at least
    # 0.6 s of work from two workers, yet they came at once, from memory
    took = float(re.fullmatch(r"the other 7 results came in ([\d.]+) s", result.lines[3]).group(1))
    assert took < 0.3
