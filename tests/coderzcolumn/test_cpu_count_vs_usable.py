import os
import sys

from snippet_runner import run


def test_cpu_count_counts_the_machine_not_the_cpus_allowed(start_method):
    result = run("coderzcolumn/cpu_count_vs_usable.py", start_method)
    assert result.ok, result.problem
    # Linux: the snippet pins itself to one CPU; elsewhere it changes nothing
    usable = 1 if hasattr(os, "sched_setaffinity") else os.cpu_count()
    # Pool() follows the allowed CPUs from Python 3.13, the machine's before
    workers = usable if sys.version_info >= (3, 13) else os.cpu_count()
    assert result.lines == [
        f"cpu_count(): {os.cpu_count()}",
        f"CPUs this process may use: {usable}",
        f"workers Pool() started: {workers}",
    ]
