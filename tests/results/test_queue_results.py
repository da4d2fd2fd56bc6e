from snippet_runner import run


def test_results_come_back_in_the_order_the_workers_finish(start_method):
    result = run("results/queue_results.py", start_method)
    assert result.ok, result.problem
    assert result.lines == [
        " quick: finished after 0.1 s",
        "middle: finished after 0.7 s",
        "  slow: finished after 1.3 s",
        "all joined, exit codes: [0, 0, 0]",
    ]
