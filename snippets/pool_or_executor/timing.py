"""Timing for the examples: the fastest of a few runs of the same call."""
import time


def fastest(method, *args, runs=3, **options):
    """Call method(*args, **options) `runs` times; print the shortest time."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        list(method(*args, **options))  # wait for every result
        times.append(time.perf_counter() - started)
    given = ", ".join(f"{name}={value}" for name, value in options.items())
    call = f"{method.__qualname__}({given})"
    print(f"{call:<40} {1000 * min(times):8.2f} ms")
