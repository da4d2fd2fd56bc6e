from snippet_runner import run

from .test_random_durations import SEEDED  # the page: "the same five ... as above"


def test_the_subclass_run_method_runs_in_each_child(start_method):
    result = run("mousevspython/process_subclass.py", start_method)
    assert result.ok, result.problem
    for i, seconds in enumerate(SEEDED):
        assert f"computer_{i}: started, needs {seconds:.1f} s" in result.lines
        assert f"computer_{i}: finished" in result.lines
    assert result.lines[-1] == "exit codes: [0, 0, 0, 0, 0]"
