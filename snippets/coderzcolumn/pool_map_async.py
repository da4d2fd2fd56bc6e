import time
from multiprocessing import Pool


def add(pair):
    a, b = pair
    time.sleep(0.3)
    return a + b


if __name__ == "__main__":
    pairs = [(1, 2), (3, 4), (5, 6), (7, 8)]
    with Pool(processes=4) as pool:
        result = pool.map_async(add, pairs)
        print("map_async() returned at once:", type(result).__name__)
        print("ready() right away:", result.ready())
        result.wait()
        print("ready() after wait():", result.ready())
        print("get():", result.get())

        result = pool.map_async(add, pairs, chunksize=2)
        print("with chunksize=2, get():", result.get(timeout=10))
