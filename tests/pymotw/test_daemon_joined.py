from snippet_runner import run


def test_joined_daemon_finishes_after_the_quick_job(start_method):
    result = run("pymotw/daemon_joined.py", start_method)
    assert result.ok, result.problem
    lines = result.lines
    assert lines[0] == "heartbeat: beating"
    assert lines.index("quick-job: done") < lines.index("heartbeat: stopping")
    assert lines[-1] == "main: both processes have ended"
