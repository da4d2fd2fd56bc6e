from snippet_runner import run


def test_the_child_prints_its_traceback_and_exits_with_code_1(start_method):
    result = run("results/process_raises.py", start_method)
    assert result.ok, result.problem  # exit code 0: the parent did not fail
    lines = result.lines
    assert lines[0] == "Process Process-1:"
    assert lines[1] == "Traceback (most recent call last):"
    assert any(line.endswith(", in parse") for line in lines)
    assert "ValueError: invalid literal for int() with base 10: 'twelve'" in lines
    assert lines[-1] == "the parent carries on; child exit code: 1"
