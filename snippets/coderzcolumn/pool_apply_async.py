from multiprocessing import Pool

from timeline import wait_for_workers, work


def add(a, b):
    work(f"{a}+{b}", 0.3)  # sleeps 0.3 s, prints a task line
    return a + b


if __name__ == "__main__":
    with Pool(processes=4) as pool:
        wait_for_workers(pool)  # so the times show the calls, not start-up
        pending = [pool.apply_async(add, pair)
                   for pair in [(10, 20), (20, 30), (30, 40)]]
        print("right after apply_async(): ready() is",
              [result.ready() for result in pending])
        pending[0].wait()  # block until the first one is done
        print("after wait() on the first: ready() is",
              [result.ready() for result in pending])
        print("get():", [result.get() for result in pending])
        print("successful():", [result.successful() for result in pending])
