# snippet: exit=1
from multiprocessing import Pool


def squares_below(n):
    return (i * i for i in range(n))  # a generator, not a list


if __name__ == "__main__":
    with Pool(2) as pool:
        print("map() gives", pool.map(squares_below, [3]))
