import os
import re

import pytest

from snippet_runner import run


def usable_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def seconds(result, label):
    return float(re.search(rf"^{label} +([\d.]+) s$", result.output, re.M).group(1))


def test_processes_beat_threads_on_cpu_bound_work():
    if usable_cores() < 2:
        pytest.skip("one usable core: processes cannot run CPU-bound work in parallel here")
    result = run("mousevspython/threads_vs_processes.py")
    assert result.ok, result.problem
    assert seconds(result, "2 threads") / seconds(result, "2 processes") > 1.1
    assert seconds(result, "one by one") / seconds(result, "2 processes") > 1.1
