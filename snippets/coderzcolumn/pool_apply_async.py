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
        pool.map(time.sleep, [0.05] * 4)  # warm-up: let the workers start
        started = time.perf_counter()
        pending = [pool.apply_async(add, (a, b, started))
                   for a, b in [(10, 20), (20, 30), (30, 40)]]
        print("right after apply_async(): ready() is",
              [result.ready() for result in pending])
        pending[0].wait()  # block until the first one is done
        print("after wait() on the first: ready() is",
              [result.ready() for result in pending])
        print("get():", [result.get() for result in pending])
        print("successful():", [result.successful() for result in pending])
        took = time.perf_counter() - started
        print(f"three apply_async() calls took {took:.2f} s"
              f" = {took / TASK_SECONDS:.1f} task lengths")
