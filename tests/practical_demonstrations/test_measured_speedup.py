import os
import re

import pytest

from snippet_runner import run


def test_splitting_the_work_over_processes_is_faster_but_not_beyond_the_cores(start_method, usable_cores):
    result = run("practical_demonstrations/measured_speedup.py", start_method)
    assert result.ok, result.problem
    times = {int(n): float(t) for n, t in re.findall(r"^(\d) process(?:es)?: ([\d.]+) s$", result.output, re.M)}
    assert sorted(times) == [1, 2, 3, 4]
    speedups = {n: times[1] / t for n, t in times.items()}
    assert max(speedups.values()) < os.cpu_count() * 1.25  # no more than one core's worth per core
    if usable_cores < 2:
        pytest.skip("one usable core: no parallel speedup to check here")
    assert max(speedups[n] for n in (2, 3, 4)) > 1.2
