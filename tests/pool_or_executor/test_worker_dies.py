from snippet_runner import run


def test_pool_waits_forever_where_the_executor_reports_a_broken_pool(start_method):
    result = run("pool_or_executor/worker_dies.py", start_method)
    assert result.ok, result.problem
    assert result.lines == [
        "Pool: no result and no error after 3 s; get() without a timeout would wait forever",
        "ProcessPoolExecutor: BrokenProcessPool: A process in the process pool was terminated abruptly"
        " while the future was running or pending.",
    ]
