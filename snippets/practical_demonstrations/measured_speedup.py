# snippet: alone timeout=60
import os
import time
from multiprocessing import Process

from busy_work import busy_work

TOTAL_WORK = 8_000_000  # the same total amount of work in every round


def run_split(processes):
    """Split the work over this many processes, run them, wait for all."""
    share = TOTAL_WORK // processes
    workers = [Process(target=busy_work, args=(share,))
               for _ in range(processes)]
    began = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return time.perf_counter() - began


if __name__ == "__main__":
    print(f"this machine has {os.cpu_count()} CPUs")
    for processes in (1, 2, 3, 4):
        best = min(run_split(processes) for _ in range(3))  # best of three
        label = "process" if processes == 1 else "processes"
        print(f"{processes} {label}: {best:.2f} s")
