from snippet_runner import run


def test_a_stop_message_ends_the_worker_after_its_work_with_exit_code_0(start_method):
    result = run("pymotw/stop_with_a_message.py", start_method)
    assert result.ok, result.problem
    assert result.lines == [
        "worker: wash done",
        "worker: dry done",
        "worker: fold done",
        "worker: stop message received, tidying up",
        "main: the worker ended with exit code 0",
    ]
