import functools
import time
from multiprocessing import Pool, current_process


def pretend_to_work(name, started):
    begin = time.time() - started
    time.sleep(0.2)
    end = time.time() - started
    me = current_process().name
    print(f"task {name} on {me}: {begin:.2f} s -> {end:.2f} s")


if __name__ == "__main__":
    names = [f"computer_{i}" for i in range(15)]
    started = time.time()
    work = functools.partial(pretend_to_work, started=started)
    with Pool(processes=5) as pool:
        pool.map(work, names, chunksize=1)
    took = time.time() - started
    print(f"15 tasks of 0.2 s on 5 processes took {took:.2f} s")
