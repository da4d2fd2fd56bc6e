import re
import sys

import pytest

from snippet_runner import run

WARNING = re.compile(r"resource_tracker: There appear to be (\d+) leaked semaphore objects to clean up at shutdown")


@pytest.mark.skipif(sys.platform == "win32", reason="kill() is terminate() on Windows, which has no resource tracker")
def test_killing_a_pools_owner_leaks_its_semaphores_except_under_fork(start_method):
    result = run("mousevspython/killed_parent_leaks_semaphores.py", start_method)
    assert result.ok, result.problem
    assert result.lines[:2] == ["the pool's owner was killed: exit code -9", "the main program ends normally"]
    counts = WARNING.findall(result.output)
    if start_method == "fork":
        assert counts == []  # a forked pool's semaphores have no name: nothing to leak
    else:
        # one warning, from the resource tracker, once the whole program has ended
        assert len(counts) == 1 and int(counts[0]) > 0
