from snippet_runner import run


def test_callback_and_error_callback_run_in_the_parent(start_method):
    result = run("results/apply_async_callbacks.py", start_method)
    assert result.ok, result.problem
    # The two tasks run at the same time: the callbacks may come in either order.
    assert sorted(result.lines[:2]) == [
        "callback got 12",
        "error_callback got ValueError(\"invalid literal for int() with base 10: 'twelve'\")",
    ]
    assert result.lines[2:] == [
        "good.successful(): True get(): 12",
        "bad.successful(): False",
        "bad.get() raised ValueError: invalid literal for int() with base 10: 'twelve'",
    ]
