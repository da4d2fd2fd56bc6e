from snippet_runner import run


def test_only_a_forked_child_sees_what_main_set(start_method):
    result = run("start_methods/global_set_in_main.py", start_method)
    assert result.ok, result.problem
    if start_method == "fork":
        assert result.lines == ["child: greeting Ada", "child exit code: 0"]
    else:  # the child imported the module afresh: the dict is empty there
        assert result.returncode == 1
        assert "KeyError: 'name'" in result.lines
        assert result.lines[-1] == "child exit code: 1"
