import os
from concurrent.futures import ProcessPoolExecutor, wait


def square(n):
    return n * n


if __name__ == "__main__":
    executor = ProcessPoolExecutor(1, max_tasks_per_child=2)
    futures = [executor.submit(square, n) for n in range(5)]
    done, waiting = wait(futures, timeout=5)
    print(f"after up to 5 s: {len(done)} of 5 tasks done", flush=True)
    if waiting:
        print("the worker retired after 2 tasks and no new one started;",
              "the rest would wait forever", flush=True)
        os._exit(0)  # a normal exit would wait for them forever too
    executor.shutdown()
    print("all results:", [future.result() for future in futures])
