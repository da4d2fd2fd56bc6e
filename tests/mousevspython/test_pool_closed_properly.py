from snippet_runner import run


def test_both_idioms_leave_no_worker_and_no_warning(start_method):
    result = run("mousevspython/pool_closed_properly.py", start_method)
    assert result.ok, result.problem
    assert result.lines == [
        "with-block: [0, 1, 4, 9, 16, 25]",
        "workers alive after the with-block: 0",
        "close + join: [0, 1, 4, 9, 16, 25]",
        "workers alive after join(): 0",
    ]
