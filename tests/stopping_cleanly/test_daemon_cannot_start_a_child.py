from snippet_runner import run


def test_a_daemon_cannot_start_a_process(start_method):
    result = run("stopping_cleanly/daemon_cannot_start_a_child.py", start_method)
    assert result.ok, result.problem
    assert result.lines[0] == "Process-1: daemon=True, starting a child"
    assert "AssertionError: daemonic processes are not allowed to have children" in result.lines
    assert "grandchild: hello" not in result.output
    assert result.lines[-1] == "daemon exit code: 1"
