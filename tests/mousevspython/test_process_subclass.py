import re

from snippet_runner import run


def test_the_subclass_run_method_runs_in_each_child(start_method):
    result = run("mousevspython/process_subclass.py", start_method)
    assert result.ok, result.problem
    for i in range(5):
        assert any(re.fullmatch(rf"computer_{i}: started, needs 0\.\d s", line) for line in result.lines)
        assert f"computer_{i}: finished" in result.lines
    assert result.lines[-1] == "exit codes: [0, 0, 0, 0, 0]"
