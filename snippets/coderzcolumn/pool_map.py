import time
from multiprocessing import Pool, current_process

TASK_SECONDS = 0.3


def add(numbers):
    a, b, started = numbers  # map() passes one argument: unpack it here
    begin = time.perf_counter() - started
    time.sleep(TASK_SECONDS)
    end = time.perf_counter() - started
    me = current_process().name
    print(f"task {a}+{b} on {me}: {begin:.2f} s -> {end:.2f} s")
    return a + b


def report(what, sums, took):
    lengths = took / TASK_SECONDS
    print(f"{what}: {sums} in {took:.2f} s = {lengths:.1f} task lengths")


if __name__ == "__main__":
    pairs = [(1, 2), (3, 4), (5, 6), (7, 8)]
    with Pool(processes=4) as pool:
        pool.map(time.sleep, [0.05] * 4)  # warm-up: let the workers start
        started = time.perf_counter()  # tasks report their times from here
        sums = pool.map(add, [(a, b, started) for a, b in pairs])
        report("map()", sums, time.perf_counter() - started)

        pairs = [(a * 10, b * 10) for a, b in pairs]
        phase = time.perf_counter()
        sums = pool.map(add, [(a, b, started) for a, b in pairs], chunksize=2)
        report("map(chunksize=2)", sums, time.perf_counter() - phase)
