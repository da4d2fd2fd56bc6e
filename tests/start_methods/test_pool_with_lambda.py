from snippet_runner import run


def test_a_pool_cannot_take_a_lambda_under_any_method(start_method):
    result = run("start_methods/pool_with_lambda.py", start_method)
    assert result.ok, result.problem
    assert result.returncode == 1  # fork included: Pool tasks are always pickled
    assert "pool.map(" in result.output  # the error surfaces in the parent, from map()
    assert any(line.startswith("_pickle.PicklingError: Can't pickle <function <lambda>") for line in result.lines)
    assert "squares:" not in result.output
