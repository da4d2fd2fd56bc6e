from snippet_runner import run


def test_normal_exit_with_an_open_pool_warns_about_the_pool_not_semaphores(start_method):
    result = run("mousevspython/pool_left_open.py", start_method)
    assert result.ok, result.problem
    assert "squares: [0, 1, 4, 9, 16, 25]" in result.lines
    # it names the pool it found: still running, with the example's three workers
    assert "ResourceWarning: unclosed running multiprocessing pool <multiprocessing.pool.Pool state=RUN pool_size=3>" in result.output
    assert "leaked semaphore" not in result.output
