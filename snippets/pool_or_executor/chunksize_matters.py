# snippet: alone
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool

from timing import fastest

NUMBERS = range(5_000)  # many tiny tasks


def square(n):
    return n * n


if __name__ == "__main__":
    with Pool(2) as pool:
        pool.map(square, range(10))  # warm-up: the workers are ready
        fastest("Pool.map, chunksize chosen for you",
                lambda: pool.map(square, NUMBERS))
        fastest("Pool.map, chunksize=1",
                lambda: pool.map(square, NUMBERS, chunksize=1))
    with ProcessPoolExecutor(2) as executor:
        list(executor.map(square, range(10)))  # warm-up
        fastest("ProcessPoolExecutor.map, chunksize=1 (default)",
                lambda: list(executor.map(square, NUMBERS)))
        fastest("ProcessPoolExecutor.map, chunksize=500",
                lambda: list(executor.map(square, NUMBERS, chunksize=500)))
