from multiprocessing import Pool

from timeline import wait_for_workers, work


def add(pair):
    a, b = pair  # map() passes one argument: unpack it here
    work(f"{a}+{b}", 0.3)  # sleeps 0.3 s, prints a task line
    return a + b


if __name__ == "__main__":
    with Pool(processes=4) as pool:
        wait_for_workers(pool)  # so the times show map(), not start-up
        print("map():", pool.map(add, [(1, 2), (3, 4), (5, 6), (7, 8)]))
        pairs = [(10, 20), (30, 40), (50, 60), (70, 80)]
        print("map(chunksize=2):", pool.map(add, pairs, chunksize=2))
