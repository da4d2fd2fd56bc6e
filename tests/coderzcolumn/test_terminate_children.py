from snippet_runner import run


def test_terminate_gives_minus_sigterm(start_method):
    result = run("coderzcolumn/terminate_children.py", start_method)
    assert result.ok, result.problem
    assert result.lines == ["worker-1: exitcode -15", "worker-2: exitcode -15"]
