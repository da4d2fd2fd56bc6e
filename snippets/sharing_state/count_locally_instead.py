# snippet: alone
import time
from multiprocessing import Barrier, Pool, Process, Value

WORKERS, ADDS = 4, 100_000


def add_to_shared(counter, start_line):
    start_line.wait()
    for _ in range(ADDS):
        with counter.get_lock():
            counter.value += 1


def count_locally(adds):
    total = 0
    for _ in range(adds):
        total += 1
    return total  # one number goes back, once


if __name__ == "__main__":
    counter = Value("i", 0)
    start_line = Barrier(WORKERS + 1)  # the workers and this process
    workers = [Process(target=add_to_shared, args=(counter, start_line))
               for _ in range(WORKERS)]
    for w in workers:
        w.start()
    start_line.wait()  # all started: the clock starts with the work
    started = time.perf_counter()
    for w in workers:
        w.join()
    shared_seconds = time.perf_counter() - started

    with Pool(WORKERS) as pool:
        pool.map(time.sleep, [0.05] * WORKERS)  # warm-up: workers ready
        started = time.perf_counter()
        total = sum(pool.map(count_locally, [ADDS] * WORKERS))
        local_seconds = time.perf_counter() - started

    print(f"shared Value with its lock: {counter.value}"
          f" in {shared_seconds:.3f} s")
    print(f"local counts, added up:     {total}"
          f" in {local_seconds:.3f} s")
    print(f"the shared counter took {shared_seconds / local_seconds:.0f}"
          " times as long")
