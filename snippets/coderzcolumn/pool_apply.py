from multiprocessing import Pool, active_children

from timeline import work


def add(a, b):
    work(f"{a}+{b}", 0.3)  # sleeps 0.3 s, prints a task line
    return a + b


if __name__ == "__main__":
    with Pool(processes=4) as pool:
        print("workers in the pool:", len(active_children()), flush=True)
        for a, b in [(10, 20), (20, 30), (30, 40)]:
            print("apply() returned", pool.apply(add, (a, b)), flush=True)
