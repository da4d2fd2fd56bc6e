import time
from multiprocessing import Process


def work(seconds):
    time.sleep(seconds)
    print(f"worked {seconds} s")


if __name__ == "__main__":
    began = time.time()
    short = Process(target=work, args=(0.2,))
    long = Process(target=work, args=(0.6,))
    short.start()
    long.start()
    short.join()
    print(f"short joined after {time.time() - began:.1f} s")
    long.join()
    print(f"long joined after {time.time() - began:.1f} s")
