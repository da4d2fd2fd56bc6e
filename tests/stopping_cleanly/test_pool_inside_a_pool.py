import re

from snippet_runner import run


def test_a_pool_worker_is_a_daemon_and_cannot_start_a_pool(start_method, pool_worker):
    result = run("stopping_cleanly/pool_inside_a_pool.py", start_method)
    assert result.ok, result.problem
    assert result.returncode == 1
    said = [line for line in result.lines if line.endswith(": daemon=True")]
    assert len(said) == 2  # one line per task
    assert all(re.fullmatch(rf"{pool_worker}-\d+: daemon=True", line) for line in said)
    assert "multiprocessing.pool.RemoteTraceback: " in result.lines  # the worker's side ...
    error = "AssertionError: daemonic processes are not allowed to have children"  # ... re-raised
    assert result.lines.count(error) == 2  # at the end of both tracebacks
    after = result.lines[len(result.lines) - result.lines[::-1].index(error):]
    if after:  # spawn and forkserver, now and then: the half-built pools' semaphores, reported by the tracker
        assert start_method != "fork"
        # each warning is followed by the source line of its warn() call, which differs between versions:
        # "  warnings.warn('resource_tracker: ..." (3.11, 3.12), "  warnings.warn(" (3.13.18, 3.14.10, 3.15.2)
        warnings, sources = after[0::2], after[1::2]
        assert len(warnings) == len(sources) and all(line.startswith("  warnings.warn(") for line in sources)
        assert re.search(r"UserWarning: resource_tracker: There appear to be \d+ leaked semaphore objects", warnings[0])
        # now and then (2 runs in 66 on 3.11), one more per semaphore a worker had removed already
        assert all(re.search(r"UserWarning: resource_tracker: '/mp-\w+': \[Errno 2\] No such file or directory", line)
                   for line in warnings[1:])
