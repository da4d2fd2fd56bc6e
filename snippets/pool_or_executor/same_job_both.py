from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool, current_process

WORDS = ["pool", "or", "executor", "which"]


def measure(word):
    return len(word), current_process().name


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        from_pool = pool.map(measure, WORDS)
    with ProcessPoolExecutor(max_workers=2) as executor:
        from_executor = list(executor.map(measure, WORDS))

    for label, results in [("Pool", from_pool),
                           ("ProcessPoolExecutor", from_executor)]:
        lengths = [length for length, _ in results]
        workers = sorted({name for _, name in results})
        print(f"{label}: {lengths}, computed by {', '.join(workers)}")
