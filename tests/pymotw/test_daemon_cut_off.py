from snippet_runner import run


def test_daemon_is_cut_off_and_non_daemon_completes(start_method):
    result = run("pymotw/daemon_cut_off.py", start_method)
    assert result.ok, result.problem
    text = result.output
    assert "heartbeat (pid " in text and "): beating" in text
    assert "): stopping" not in text
    assert "): done" in text
    assert "main: leaving without joining anyone" in text
    # the daemon would sleep 5 s; the program ends long before that
    assert result.seconds < 5 / 2
