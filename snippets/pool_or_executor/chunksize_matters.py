# snippet: alone
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool

from stopwatch import stopwatch

NUMBERS = range(5_000)  # many tiny tasks


def square(n):
    return n * n


if __name__ == "__main__":
    with Pool(2) as pool:
        pool.map(square, range(10))  # warm-up: the workers are ready
        with stopwatch("Pool.map, chunksize chosen for you"):
            pool.map(square, NUMBERS)
        with stopwatch("Pool.map, chunksize=1"):
            pool.map(square, NUMBERS, chunksize=1)
    with ProcessPoolExecutor(2) as executor:
        list(executor.map(square, range(10)))  # warm-up
        with stopwatch("ProcessPoolExecutor.map, chunksize=1 (default)"):
            list(executor.map(square, NUMBERS))
        with stopwatch("ProcessPoolExecutor.map, chunksize=500"):
            list(executor.map(square, NUMBERS, chunksize=500))
