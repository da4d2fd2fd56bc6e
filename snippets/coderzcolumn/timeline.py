"""Timing for the Pool examples: tasks that say when and where they ran.

work() stands in for real work. It prints one line per task, the line the
timeline pictures are drawn from:

    task 1+2 on ForkPoolWorker-3: 0.05 s -> 0.35 s

The times count from the moment the main program imported this module.
Every process must count from that same moment, but a child started by
spawn cannot see the parent's variables. It does inherit environment
variables, so the moment is handed down in one.
"""
import os
import time
from multiprocessing import active_children, current_process

os.environ.setdefault("TIMELINE_START", str(time.perf_counter()))
START = float(os.environ["TIMELINE_START"])


def now():
    """Seconds since the main program imported this module."""
    return time.perf_counter() - START


def work(label, seconds):
    """Sleep for `seconds`, then print when and in which process."""
    began = now()
    time.sleep(seconds)
    me = current_process().name
    # flush=True: a pool ended by terminate() loses unwritten output
    print(f"task {label} on {me}: {began:.2f} s -> {now():.2f} s",
          flush=True)


def _pid_after_a_nap(_):
    time.sleep(0.05)
    return os.getpid()


def wait_for_workers(pool):
    """Return once every worker of the pool has started and run a task.

    Pool() returns before its workers are ready (under spawn each one
    still has to start Python), so the first tasks could wait for them.
    """
    workers = len(active_children())
    answered = set()
    while len(answered) < workers:
        answered.update(pool.map(_pid_after_a_nap, range(workers),
                                 chunksize=1))
