from snippet_runner import run


def test_without_the_guard_the_child_runs_the_top_level_again(start_method):
    result = run("start_methods/no_main_guard.py", start_method)
    assert result.ok, result.problem
    if start_method == "fork":
        assert result.lines == ["top level runs", "child: working", "child exit code: 0"]
    else:
        assert result.lines[:2] == ["top level runs", "top level runs"]  # once more, in the child
        assert "RuntimeError: " in result.output
        assert "current process has finished its bootstrapping phase." in result.output
        assert "child: working" not in result.output
        assert result.lines[-1] == "child exit code: 1"
