from snippet_runner import run


def test_wait_blocks_until_the_flag_is_raised_and_results_come_in_order(start_method):
    result = run("before_you_start/event_and_queue.py", start_method)
    assert result.ok, result.problem
    assert result.lines == [
        "flag raised before wait(): False",
        "flag raised after wait():  True",
        "results, in order: [10, 20, 30]",
    ]
