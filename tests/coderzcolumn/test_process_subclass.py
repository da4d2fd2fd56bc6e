from snippet_runner import run


def test_run_method_executes_in_each_child(start_method):
    result = run("coderzcolumn/process_subclass.py", start_method)
    assert result.ok, result.problem
    assert sorted(result.lines[:2]) == ["adder-1: 10 + 20 = 30", "adder-2: 20 + 30 = 50"]
    assert result.lines[2] == "exit codes: [0, 0]"
