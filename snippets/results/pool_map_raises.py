# snippet: exit=1
from multiprocessing import Pool


def parse(text):
    return int(text)


if __name__ == "__main__":
    with Pool(2) as pool:
        numbers = pool.map(parse, ["1", "2", "twelve", "4"])
    print("never printed:", numbers)
