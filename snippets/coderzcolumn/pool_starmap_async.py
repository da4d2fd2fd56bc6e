import time
from multiprocessing import Pool


def add(a, b):
    time.sleep(0.3)
    return a + b


if __name__ == "__main__":
    pairs = [(1, 2), (3, 4), (5, 6), (7, 8)]
    with Pool(processes=4) as pool:
        result = pool.starmap_async(add, pairs, chunksize=2)
        print("starmap_async() returned at once:", type(result).__name__)
        print("ready() right away:", result.ready())
        print("the main process is free to do other work meanwhile")
        print("get() waits, then gives:", result.get(timeout=10))
        print("successful():", result.successful())
