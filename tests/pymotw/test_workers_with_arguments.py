from snippet_runner import run


def test_each_worker_prints_the_square_of_its_own_argument(start_method):
    result = run("pymotw/workers_with_arguments.py", start_method)
    assert result.ok, result.problem
    expected = {f"worker got {n}, its square is {n * n}" for n in range(5)}
    assert sorted(result.lines) == sorted(expected)
