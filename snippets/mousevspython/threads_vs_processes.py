# snippet: alone timeout=60
import time
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import Pool

JOBS = [4_000_000] * 4  # four CPU-bound jobs


def count_down(n):
    """Burn CPU; return the CPU seconds this call used (in its own thread)."""
    began = time.thread_time()
    while n > 0:
        n -= 1
    return time.thread_time() - began


def report(label, run):
    began = time.perf_counter()
    cpu = sum(run())  # CPU seconds used by all the jobs together
    wall = time.perf_counter() - began
    print(f"{label:<12} {wall:.2f} s wall, {cpu:.2f} s CPU: "
          f"{cpu / wall:.1f} CPUs busy")
    return wall


if __name__ == "__main__":
    for n in JOBS * 2:  # not timed: Python 3.11 runs a function's first
        count_down(n)  # few calls slower, before it specializes the code
    alone = report("one by one", lambda: [count_down(n) for n in JOBS])

    with ThreadPoolExecutor(max_workers=2) as threads:
        threaded = report("2 threads", lambda: threads.map(count_down, JOBS))

    with Pool(processes=2) as pool:  # started once, outside the timing
        pool.map(count_down, JOBS * 4)  # not timed either: both workers
        # start, and each runs the function about 8 times, as main did
        parallel = report("2 processes", lambda: pool.map(count_down, JOBS))

    print(f"speedup with 2 threads:   {alone / threaded:.2f}x")
    print(f"speedup with 2 processes: {alone / parallel:.2f}x")
