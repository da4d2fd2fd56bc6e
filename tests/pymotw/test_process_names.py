from snippet_runner import run


def test_given_and_default_names(start_method):
    result = run("pymotw/process_names.py", start_method)
    assert result.ok, result.problem
    lines = result.lines
    for name in ("first-task", "Process-3", "cache-service"):
        assert lines.index(f"{name}: started") < lines.index(f"{name}: finished")
    assert lines[-1] == "main process is called MainProcess"
