from snippet_runner import run


def test_a_function_imported_from_a_file_works_under_every_method(start_method):
    result = run("where_code_runs/function_in_a_module.py", start_method)
    assert result.ok, result.problem
    assert "child: 7 squared is 49" in result.output
    assert "exit code: 0" in result.output
    assert "Traceback" not in result.output
