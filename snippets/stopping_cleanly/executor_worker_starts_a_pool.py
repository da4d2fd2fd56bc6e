from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool, current_process


def square(n):
    return n * n


def sum_of_squares(numbers):
    me = current_process()
    print(f"{me.name}: daemon={me.daemon}", flush=True)
    with Pool(2) as inner:
        return sum(inner.map(square, numbers))


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        print(list(executor.map(sum_of_squares, [[1, 2], [3, 4]])))
