# snippet: alone
import time
from multiprocessing import Process, current_process


def job(number, started):
    begin = time.time() - started
    time.sleep(0.2)
    end = time.time() - started
    me = current_process().name
    print(f"task {number} on {me}: {begin:.2f} s -> {end:.2f} s")


if __name__ == "__main__":
    # 1. join() inside the loop: each process must end before the next starts
    started = time.time()
    for number in range(4):
        process = Process(target=job, args=(number, started))
        process.start()
        process.join()
    joined_inside = time.time() - started

    # 2. start them all, then join them all: they run at the same time
    started = time.time()
    processes = [Process(target=job, args=(n, started)) for n in range(4, 8)]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    joined_after = time.time() - started

    print(f"join inside the loop: {joined_inside:.2f} s")
    print(f"join after the loop:  {joined_after:.2f} s")
