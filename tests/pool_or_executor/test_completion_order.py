from snippet_runner import run


def test_both_hand_out_results_as_tasks_finish(start_method):
    result = run("pool_or_executor/completion_order.py", start_method)
    assert result.ok, result.problem
    # Submitted as 1.5, 0.3, 0.9 s; they end 0.3, 0.9, 1.5 (0.6 s apart).
    assert result.lines == [
        "as_completed: the 0.3 s task is done, result 0.3",
        "as_completed: the 0.9 s task is done, result 0.9",
        "as_completed: the 1.5 s task is done, result 1.5",
        "imap_unordered: result 0.3",
        "imap_unordered: result 0.9",
        "imap_unordered: result 1.5",
    ]
