"""CPU-bound work for the examples: it keeps one core busy for a moment."""


def busy_work(size):
    """Add up the squares of 0 .. size-1, the slow way."""
    total = 0
    for i in range(size):
        total += i * i
    return total


ONE_UNIT = 4_000_000  # 0.1 to 0.17 s of CPU time on the build machine
