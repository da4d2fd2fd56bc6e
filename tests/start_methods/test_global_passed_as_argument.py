from snippet_runner import run


def test_an_argument_reaches_the_child_under_every_method(start_method):
    result = run("start_methods/global_passed_as_argument.py", start_method)
    assert result.ok, result.problem
    assert result.lines == ["child: greeting Ada", "child exit code: 0"]
