# snippet: alone timeout=60
import time
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import Pool


def count_down(n):
    while n > 0:
        n -= 1
    return n


def seconds_since(began, label):
    seconds = time.perf_counter() - began
    print(f"{label:<12} {seconds:.2f} s")
    return seconds


if __name__ == "__main__":
    jobs = [8_000_000] * 4  # four CPU-bound jobs

    began = time.perf_counter()
    results = [count_down(n) for n in jobs]
    one_by_one = seconds_since(began, "one by one")

    with ThreadPoolExecutor(max_workers=2) as threads:
        began = time.perf_counter()
        results = list(threads.map(count_down, jobs))
        in_threads = seconds_since(began, "2 threads")

    with Pool(processes=2) as pool:
        began = time.perf_counter()
        results = pool.map(count_down, jobs)
        in_processes = seconds_since(began, "2 processes")

    print(f"speedup with 2 threads:   {one_by_one / in_threads:.2f}x")
    print(f"speedup with 2 processes: {one_by_one / in_processes:.2f}x")
