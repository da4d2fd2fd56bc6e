import re

from snippet_runner import run


def test_a_process_pool_executor_worker_is_no_daemon_and_can_start_a_pool(start_method):
    result = run("stopping_cleanly/executor_worker_starts_a_pool.py", start_method)
    assert result.ok, result.problem
    said = [line for line in result.lines if ": daemon=" in line]
    assert len(said) == 2
    assert all(re.fullmatch(r"\w+Process-\d+: daemon=False", line) for line in said)
    assert result.lines[-1] == "[5, 25]"
