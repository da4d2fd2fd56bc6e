"""Timing for the examples: how long the lines inside a with-block took."""
import contextlib
import time


@contextlib.contextmanager
def stopwatch(label):
    started = time.perf_counter()
    yield
    print(f"{label:<47} {time.perf_counter() - started:6.3f} s")
