import time
from multiprocessing import Pool

taken = 0  # how many inputs imap() has taken so far


def numbers(count):
    """The input, handed out one number at a time, counting each one."""
    global taken
    for n in range(count):
        taken += 1
        yield n


def square(n):
    time.sleep(0.2)  # 8 tasks: two workers need at least 0.8 s
    return n * n


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        results = pool.imap(square, numbers(8))
        print("first result:", next(results))
        print("inputs taken so far:", taken)
        time.sleep(1.5)  # a slow consumer: ask for nothing for a while
        print("1.5 s later:", taken)
        began = time.perf_counter()
        rest = list(results)
        took = time.perf_counter() - began
        print(f"the other {len(rest)} results came in {took:.3f} s")
