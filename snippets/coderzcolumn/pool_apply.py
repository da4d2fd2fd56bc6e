import time
from multiprocessing import Pool, current_process

TASK_SECONDS = 0.3


def add(a, b, started):
    begin = time.perf_counter() - started
    time.sleep(TASK_SECONDS)
    end = time.perf_counter() - started
    me = current_process().name
    print(f"task {a}+{b} on {me}: {begin:.2f} s -> {end:.2f} s")
    return a + b


if __name__ == "__main__":
    with Pool(processes=4) as pool:
        started = time.perf_counter()
        for a, b in [(10, 20), (20, 30), (30, 40)]:
            print("apply() returned", pool.apply(add, (a, b, started)))
        took = time.perf_counter() - started
        print(f"three apply() calls took {took:.2f} s"
              f" = {took / TASK_SECONDS:.1f} task lengths")
