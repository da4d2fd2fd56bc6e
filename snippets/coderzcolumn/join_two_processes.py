import time
from multiprocessing import Process, current_process


def work(seconds, started):
    begin = time.perf_counter() - started
    time.sleep(seconds)
    end = time.perf_counter() - started
    me = current_process().name
    print(f"task {seconds}s on {me}: {begin:.2f} s -> {end:.2f} s")


if __name__ == "__main__":
    started = time.perf_counter()
    long = Process(target=work, args=(0.6, started), name="long")
    short = Process(target=work, args=(0.3, started), name="short")
    long.start()
    short.start()
    short.join()
    print(f"short joined at {time.perf_counter() - started:.2f} s")
    long.join()
    print(f"long joined at {time.perf_counter() - started:.2f} s")
