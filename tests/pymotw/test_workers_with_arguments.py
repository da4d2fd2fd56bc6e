from snippet_runner import run


def line(n):
    return f"worker got {n} and {0.4 * (4 - n):.1f}: {n} squared is {n * n}"


def test_each_worker_gets_its_own_arguments_and_they_run_at_once(start_method):
    result = run("pymotw/workers_with_arguments.py", start_method)
    assert result.ok, result.problem
    lines = result.lines
    assert sorted(lines) == sorted(line(n) for n in range(5))  # each its own two arguments
    # started 0 to 4, they answer as their waits end, 4 first and 0 last; start-up times
    # vary, so only answers 1.2 s apart or more are sure to keep their order
    assert lines.index(line(4)) < lines.index(line(1))
    assert lines.index(line(3)) < lines.index(line(0))
