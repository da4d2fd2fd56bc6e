import sys

import pytest

from snippet_runner import run


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork do not exist on Windows")
def test_the_warning_appears_only_when_a_spawn_parent_is_killed():
    result = run("mousevspython/killed_parent_leaks_semaphores.py")
    assert result.ok, result.problem
    fork_part, spawn_part = result.output.split("victim (spawn): pool is up")
    assert "leaked semaphore" not in fork_part
    assert "There appear to be" in spawn_part and "leaked semaphore objects to clean up at shutdown" in spawn_part
    assert "victim (fork) was killed" in fork_part and "victim (spawn) was killed" in spawn_part
