from snippet_runner import run


def test_join_waits_for_the_tasks_and_a_sentinel_stops_each_worker(start_method):
    result = run("results/joinable_queue_sentinel.py", start_method)
    assert result.ok, result.problem
    assert result.lines == [
        "tasks.join() returned: all 6 tasks done",
        "squares: {0: 0, 1: 1, 2: 4, 3: 9, 4: 16, 5: 25}",
        "workers stopped, exit codes: [0, 0]",
    ]
