from multiprocessing import Pool

from timeline import wait_for_workers, work


def add(a, b):
    work(f"{a}+{b}", 0.3)  # sleeps 0.3 s, prints a task line
    return a + b


if __name__ == "__main__":
    with Pool(processes=4) as pool:
        wait_for_workers(pool)  # so the times show starmap(), not start-up
        pairs = [(1, 2), (3, 4), (5, 6), (7, 8)]
        print("starmap():", pool.starmap(add, pairs))
        pairs = [(10, 20), (30, 40), (50, 60), (70, 80)]
        print("starmap(chunksize=2):", pool.starmap(add, pairs, chunksize=2))
