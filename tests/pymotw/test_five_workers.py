from snippet_runner import run


def test_five_workers_each_print_one_line_before_the_final_line(start_method):
    result = run("pymotw/five_workers.py", start_method)
    assert result.ok, result.problem
    assert result.lines == ["hello from a worker process"] * 5 + ["all five workers have finished"]
