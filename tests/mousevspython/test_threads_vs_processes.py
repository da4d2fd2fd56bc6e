import os
import re

import pytest

from snippet_runner import run


def usable_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def seconds(result, label):
    return float(re.search(rf"^{label} +([\d.]+) s$", result.output, re.M).group(1))


def test_processes_beat_threads_on_cpu_bound_work(start_method):
    result = run("mousevspython/threads_vs_processes.py", start_method)
    assert result.ok, result.problem
    if usable_cores() < 2:
        pytest.skip("one usable core: processes cannot run CPU-bound work in parallel here")
    # On this 2-vCPU build machine repeated runs varied a lot (2 processes: 0.9x to 2.6x
    # of one by one); the best of three runs was still always faster than 2 threads.
    assert seconds(result, "2 threads") / seconds(result, "2 processes") > 1.05
