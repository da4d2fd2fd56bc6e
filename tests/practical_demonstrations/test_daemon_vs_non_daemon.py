from snippet_runner import run


def test_the_daemon_is_stopped_when_the_main_process_exits(start_method):
    result = run("practical_demonstrations/daemon_vs_non_daemon.py", start_method)
    assert result.ok, result.problem
    assert "daemon: tick 0" in result.lines
    assert "non-daemon: finished" in result.lines
    assert result.lines[-1] == "main: the non-daemon is done; exiting stops the daemon"
    assert "daemon: finished" not in result.lines
