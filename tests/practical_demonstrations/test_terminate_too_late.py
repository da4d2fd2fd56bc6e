from snippet_runner import run


def test_terminate_after_the_end_changes_nothing_and_the_exit_code_is_0(start_method):
    result = run("practical_demonstrations/terminate_too_late.py", start_method)
    assert result.ok, result.problem
    assert result.lines == [
        "after terminate(): is_alive False",
        "after join():      is_alive False",
        "exit code: 0",
    ]
