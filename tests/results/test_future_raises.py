from snippet_runner import run


def test_a_future_holds_the_exception_and_the_workers_traceback(start_method):
    result = run("results/future_raises.py", start_method)
    assert result.ok, result.problem
    lines = result.lines
    assert lines[:3] == [
        "'12': result() is 12",
        "'twelve': exception() is ValueError(\"invalid literal for int() with base 10: 'twelve'\")",
        "result() raised ValueError; its cause holds the worker's traceback:",
    ]
    quoted = lines[lines.index('"""'):]
    assert quoted[1] == "Traceback (most recent call last):"
    assert any(line.endswith(", in parse") for line in quoted)
    assert quoted[-2:] == ["ValueError: invalid literal for int() with base 10: 'twelve'", '"""']
