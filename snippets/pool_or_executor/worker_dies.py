import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import Pool, TimeoutError


def crash(code):
    os._exit(code)  # the worker process ends on the spot, like a crash


if __name__ == "__main__":
    with Pool(2) as pool:
        result = pool.apply_async(crash, (3,))
        try:
            result.get(timeout=3)
        except TimeoutError:
            print("Pool: no result and no error after 3 s;",
                  "get() without a timeout would wait forever")
    with ProcessPoolExecutor(2) as executor:
        future = executor.submit(crash, 3)
        try:
            future.result()
        except BrokenProcessPool as error:
            print("ProcessPoolExecutor: BrokenProcessPool:", error)
