from snippet_runner import run


def test_join_timeout_returns_none_with_the_child_still_running(start_method):
    result = run("pymotw/join_with_timeout.py", start_method)
    assert result.ok, result.problem
    lines = result.lines
    assert "slow job: working for 5 seconds" in lines  # flushed before the daemon is stopped
    assert "join(timeout=0.5) returned None" in lines
    assert "is_alive(): True" in lines
    assert "exitcode: None" in lines
    assert "slow job: finished" not in lines
