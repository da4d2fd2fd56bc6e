import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import Pool

SECONDS = [1.5, 0.3, 0.9]  # submitted slowest first


def nap(seconds):
    time.sleep(seconds)
    return seconds


if __name__ == "__main__":
    with ProcessPoolExecutor(3) as executor:
        list(executor.map(time.sleep, [0.3] * 3))  # warm-up: 3 workers
        futures = {executor.submit(nap, s): s for s in SECONDS}
        for future in as_completed(futures):  # as each one finishes
            print(f"as_completed: the {futures[future]} s task is done,",
                  f"result {future.result()}")
    with Pool(3) as pool:
        pool.map(time.sleep, [0.3] * 3)  # warm-up
        for result in pool.imap_unordered(nap, SECONDS):
            print(f"imap_unordered: result {result}")
