import os
import time
from multiprocessing import Pool, current_process

greeting = None  # set in each worker by the initializer


def set_up(text):
    """Runs once in each worker process, before its first task."""
    global greeting
    greeting = text
    print(f"initializer: {current_process().name} (pid {os.getpid()})",
          flush=True)


def task(number):
    time.sleep(0.1)
    me = current_process().name
    print(f"task {number}: {me} (pid {os.getpid()}) says {greeting!r}",
          flush=True)
    return number


if __name__ == "__main__":
    pool = Pool(processes=2, initializer=set_up, initargs=("hello",))
    pool.map(task, range(6), chunksize=1)
    pool.close()
    pool.join()  # every worker has started, set up and exited
