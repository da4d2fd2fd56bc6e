from snippet_runner import run


def test_close_is_refused_while_running_then_the_object_is_closed(start_method):
    result = run("coderzcolumn/process_close.py", start_method)
    assert result.ok, result.problem
    assert result.lines == [
        "close() while running: Cannot close a process while it is still running. "
        "You should first call join() or terminate().",
        "close() after join(): done",
        "is_alive() after close(): process object is closed",
        "its name is still there: worker",
    ]
