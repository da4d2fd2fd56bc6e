from snippet_runner import run


def test_with_the_guard_the_top_level_runs_once(start_method):
    result = run("start_methods/with_main_guard.py", start_method)
    assert result.ok, result.problem
    assert result.lines == ["top level runs", "child: working", "child exit code: 0"]
