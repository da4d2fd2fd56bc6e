# snippet: alone
import time
from multiprocessing import Pool, current_process


def add(a, b, started):
    begin = time.time() - started
    time.sleep(0.3)
    end = time.time() - started
    me = current_process().name
    print(f"task {a}+{b} on {me}: {begin:.2f} s -> {end:.2f} s")
    return a + b


if __name__ == "__main__":
    with Pool(processes=4) as pool:
        started = time.time()
        for a, b in [(10, 20), (20, 30), (30, 40)]:
            print("apply() returned", pool.apply(add, (a, b, started)))
        print(f"three apply() calls took {time.time() - started:.2f} s")
