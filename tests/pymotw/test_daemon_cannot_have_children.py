from snippet_runner import run


def test_a_daemon_and_a_pool_worker_may_not_start_processes(start_method, pool_worker):
    result = run("pymotw/daemon_cannot_have_children.py", start_method)
    assert result.ok, result.problem
    refused = ": daemonic processes are not allowed to have children"
    assert result.lines == [
        f"helper (daemon=True){refused}",
        f"{pool_worker}-2 (daemon=True){refused}",
    ]
