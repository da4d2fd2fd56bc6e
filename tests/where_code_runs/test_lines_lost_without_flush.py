from snippet_runner import run


def test_through_a_pipe_the_unflushed_line_of_a_terminated_worker_is_lost(start_method):
    result = run("where_code_runs/lines_lost_without_flush.py", start_method)
    assert result.ok, result.problem
    assert result.lines == [
        "worker: this line is flushed",
        "main: the worker was terminated, exit code -15",
    ]
