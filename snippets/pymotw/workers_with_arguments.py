import time
from multiprocessing import Process


def square(number, wait):
    time.sleep(wait)
    print(f"worker got {number} and {wait:.1f}: {number} squared is "
          f"{number * number}")


if __name__ == "__main__":
    # worker 0 waits longest before it answers, worker 4 not at all
    workers = [
        Process(target=square, args=(n, 0.4 * (4 - n))) for n in range(5)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
