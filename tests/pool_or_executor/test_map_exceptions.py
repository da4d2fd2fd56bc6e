from snippet_runner import run


def test_executor_map_hands_out_the_results_before_the_failure(start_method):
    result = run("pool_or_executor/map_exceptions.py", start_method)
    assert result.ok, result.problem
    error = "ValueError(\"invalid literal for int() with base 10: 'three'\")"
    assert result.lines == [
        f"Pool.map gave no results, only {error}",
        f"executor.map gave [1, 2] first, then {error}",
    ]
