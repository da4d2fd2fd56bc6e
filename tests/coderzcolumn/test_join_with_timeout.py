from snippet_runner import run


def test_join_timeout_returns_none_while_alive(start_method):
    result = run("coderzcolumn/join_with_timeout.py", start_method)
    assert result.ok, result.problem
    assert result.lines == [
        "works-0.5s: join(timeout=0.1) returned None, is_alive() True, exitcode None",
        "works-0.6s: join(timeout=0.1) returned None, is_alive() True, exitcode None",
        "works-0.5s: after join(), exitcode 0",
        "works-0.6s: after join(), exitcode 0",
    ]
