import re

from snippet_runner import run


def test_imap_unordered_yields_in_completion_order(start_method):
    result = run("coderzcolumn/pool_imap_unordered.py", start_method)
    assert result.ok, result.problem
    got = re.findall(r"^got the ([\d.]+) s task at [\d.]+ s$", result.output, re.M)
    assert got == ["0.2", "0.4", "0.6", "0.8"]
