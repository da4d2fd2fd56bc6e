import os
import sys
from multiprocessing import Pool, active_children, cpu_count


def usable_cpus():
    """How many CPUs this process is allowed to run on."""
    if sys.version_info >= (3, 13):
        return os.process_cpu_count()
    if hasattr(os, "sched_getaffinity"):  # Linux
        return len(os.sched_getaffinity(0))
    return os.cpu_count()  # no portable way to ask before Python 3.13


if __name__ == "__main__":
    if hasattr(os, "sched_setaffinity"):
        # Linux: allow this program one CPU only, as `taskset -c 0` would
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    print("cpu_count():", cpu_count())
    print("CPUs this process may use:", usable_cpus())
    with Pool() as pool:
        print("workers Pool() started:", len(active_children()))
