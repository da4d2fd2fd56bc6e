from snippet_runner import run


def test_a_lambda_target_cannot_be_pickled_for_spawn_or_forkserver(start_method):
    result = run("start_methods/lambda_target.py", start_method)
    assert result.ok, result.problem
    if start_method == "fork":
        assert result.lines == ["child: hello from a lambda", "child exit code: 0"]
    else:
        assert result.returncode == 1
        assert "child.start()" in result.output  # it fails in the parent, at start()
        assert result.lines[-1].startswith("_pickle.PicklingError: Can't pickle <function <lambda>")
