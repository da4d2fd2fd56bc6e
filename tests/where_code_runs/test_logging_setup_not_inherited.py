from snippet_runner import run


def test_only_a_forked_child_inherits_the_logging_setup(start_method):
    result = run("where_code_runs/logging_setup_not_inherited.py", start_method)
    assert result.ok, result.problem
    assert result.lines[0] == "MainProcess INFO     starting a worker"
    assert result.lines[-1] == "MainProcess INFO     worker done"
    child = result.lines[1:-1]
    if start_method == "fork":
        assert child == ["Process-1  INFO     working on 7", "Process-1  WARNING  7 is odd"]
    else:
        # No handler in the child: logging sets up its own default one, level WARNING.
        assert child == ["WARNING:root:7 is odd"]
