# snippet: alone
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool

from timing import fastest

NUMBERS = range(5_000)  # many tiny tasks


def square(n):
    return n * n


if __name__ == "__main__":
    with Pool(2) as pool:
        fastest(pool.map, square, NUMBERS)
        fastest(pool.map, square, NUMBERS, chunksize=1)
    with ProcessPoolExecutor(2) as executor:
        fastest(executor.map, square, NUMBERS)
        fastest(executor.map, square, NUMBERS, chunksize=500)
