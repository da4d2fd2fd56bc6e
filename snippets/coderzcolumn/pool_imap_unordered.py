import time
from multiprocessing import Pool, current_process


def wait_then_echo(job):
    seconds, started = job
    begin = time.perf_counter() - started
    time.sleep(seconds)
    end = time.perf_counter() - started
    me = current_process().name
    print(f"task {seconds} on {me}: {begin:.2f} s -> {end:.2f} s")
    return seconds


if __name__ == "__main__":
    lengths = [0.6, 0.1, 0.45, 0.25]  # the first task is the slowest
    with Pool(processes=4) as pool:
        pool.map(time.sleep, [0.05] * 4)  # warm-up: let the workers start
        started = time.perf_counter()
        jobs = [(seconds, started) for seconds in lengths]
        for seconds in pool.imap_unordered(wait_then_echo, jobs):
            now = time.perf_counter() - started
            print(f"got the {seconds} s task at {now:.2f} s")
