import re

import pytest

from snippet_runner import run


def busy(result, label):
    return float(re.search(rf"^{label} +[\d.]+ s wall, [\d.]+ s CPU: ([\d.]+) CPUs busy$", result.output, re.M).group(1))


def test_threads_keep_one_cpu_busy_processes_more(start_method, usable_cores):
    result = run("mousevspython/threads_vs_processes.py", start_method)
    assert result.ok, result.problem
    assert busy(result, "one by one") <= 1.1
    assert busy(result, "2 threads") <= 1.2  # the GIL: one thread runs Python at a time
    if usable_cores < 2:
        pytest.skip("one usable core: processes cannot run CPU-bound work in parallel here")
    # Wall-clock speedups on this 2-vCPU VM varied from 0.6x to 2.9x between runs. CPU seconds
    # per wall second is what the GIL decides for threads (never above 1.0), but what processes
    # get depends on what the machine has free: 1.7-1.9 on a quiet machine, down to 0.1 with
    # other builds on both cores. This snippet is `alone`: if this fails, re-run it on a quiet
    # machine (CONTRIBUTING) before suspecting the snippet.
    assert busy(result, "2 processes") >= busy(result, "2 threads") + 0.4
