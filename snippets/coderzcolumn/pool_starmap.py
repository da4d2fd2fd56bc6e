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
    pairs = [(1, 2), (3, 4), (5, 6), (7, 8)]
    with Pool(processes=4) as pool:
        pool.map(time.sleep, [0.05] * 4)  # warm-up: let the workers start
        started = time.time()  # tasks report their times from here
        phase = time.time()
        sums = pool.starmap(add, [(a, b, started) for a, b in pairs])
        print(f"starmap(): {sums} in {time.time() - phase:.2f} s")

        pairs = [(a * 10, b * 10) for a, b in pairs]
        phase = time.time()
        arguments = [(a, b, started) for a, b in pairs]
        sums = pool.starmap(add, arguments, chunksize=2)
        print(f"starmap(chunksize=2): {sums} in {time.time() - phase:.2f} s")
