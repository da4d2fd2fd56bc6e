"""Timing for the examples: the fastest of a few runs of the same job."""
import time


def fastest(label, job, runs=3):
    """Call job() `runs` times; print the shortest time (least disturbed)."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        job()
        times.append(time.perf_counter() - started)
    print(f"{label:<47} {1000 * min(times):8.2f} ms")
