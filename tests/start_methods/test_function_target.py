from snippet_runner import run


def test_a_module_level_function_works_under_every_method(start_method):
    result = run("start_methods/function_target.py", start_method)
    assert result.ok, result.problem
    assert result.lines == ["child: hello from a function", "child exit code: 0", "squares: [1, 4, 9]"]
