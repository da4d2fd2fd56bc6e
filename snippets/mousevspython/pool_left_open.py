import warnings
from multiprocessing import Pool


def square(n):
    return n * n


if __name__ == "__main__":
    warnings.simplefilter("always")  # show warnings Python hides by default
    pool = Pool(3)
    print("squares:", pool.map(square, range(6)))
    print("leaving without close() or terminate()")
