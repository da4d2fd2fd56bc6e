from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool

TEXTS = ["1", "2", "three", "4"]


def parse(text):
    return int(text)


if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            print(pool.map(parse, TEXTS))
        except ValueError as error:
            print("Pool.map gave no results, only", repr(error))
    with ProcessPoolExecutor(2) as executor:
        got = []
        try:
            for number in executor.map(parse, TEXTS):
                got.append(number)
        except ValueError as error:
            print(f"executor.map gave {got} first, then", repr(error))
