# snippet: exit=1
from multiprocessing import Pool

if __name__ == "__main__":
    with Pool(2) as pool:
        # Each task travels to a worker through a queue, so the function is
        # pickled even when the workers were forked.
        squares = pool.map(lambda n: n * n, [1, 2, 3])
    print("squares:", squares)
