# snippet: alone timeout=60
import time
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import Pool

JOBS = [6_000_000] * 4  # four CPU-bound jobs


def count_down(n):
    while n > 0:
        n -= 1
    return n


def best_of_three(label, run):
    """Time run() three times; print and return the fastest."""
    times = []
    for _ in range(3):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    print(f"{label:<12} {min(times):.2f} s")
    return min(times)


if __name__ == "__main__":
    alone = best_of_three("one by one", lambda: [count_down(n) for n in JOBS])

    with ThreadPoolExecutor(max_workers=2) as threads:
        def in_threads():
            return list(threads.map(count_down, JOBS))
        threaded = best_of_three("2 threads", in_threads)

    with Pool(processes=2) as pool:  # started once, outside the timing
        def in_processes():
            return pool.map(count_down, JOBS)
        parallel = best_of_three("2 processes", in_processes)

    print(f"speedup with 2 threads:   {alone / threaded:.2f}x")
    print(f"speedup with 2 processes: {alone / parallel:.2f}x")
