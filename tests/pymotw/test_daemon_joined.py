from snippet_runner import run


def test_a_joined_daemon_completes_its_work(start_method):
    result = run("pymotw/daemon_joined.py", start_method)
    assert result.ok, result.problem
    lines = result.lines
    assert lines[0] == "heartbeat: beating"
    assert "heartbeat: stopping" in lines and "quick-job: done" in lines
    assert lines[-1] == "main: both processes have ended"
