from snippet_runner import run


def test_a_child_cannot_exit_while_its_queued_result_is_unread(start_method):
    result = run("results/join_before_get.py", start_method)
    assert result.ok, result.problem
    assert result.lines == [
        "join(timeout=1) gave up; child alive: True",
        "got 1000000 bytes; exit code 0",
    ]
