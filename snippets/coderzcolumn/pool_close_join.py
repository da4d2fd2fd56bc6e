import time
from multiprocessing import Pool


def add(a, b):
    time.sleep(0.3)
    print(f"worker: {a} + {b} is done", flush=True)
    return a + b


if __name__ == "__main__":
    # close() + join(): no more tasks, then wait until all are done
    pool = Pool(processes=3)
    pending = [pool.apply_async(add, (a, a)) for a in (1, 2, 3)]
    pool.close()
    pool.join()
    print("after close() + join(): ready() is",
          [result.ready() for result in pending])
    print("results:", [result.get() for result in pending])

    # a with-block ends with terminate(): work not collected is lost
    with Pool(processes=3) as pool:
        pending = [pool.apply_async(add, (a, a)) for a in (10, 20, 30)]
    print("after leaving the with-block: ready() is",
          [result.ready() for result in pending])
