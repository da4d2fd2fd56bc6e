from snippet_runner import run


def test_a_task_cut_off_by_terminate_never_gets_a_result(start_method):
    result = run("results/pending_after_terminate.py", start_method)
    assert result.ok, result.problem
    assert result.lines == [
        "quick: slept 0.1 s",
        "after terminate(): quick.ready() is True | slow.ready() is False",
        "slow.get(timeout=2) raised TimeoutError: no result, no exception, ever",
    ]
