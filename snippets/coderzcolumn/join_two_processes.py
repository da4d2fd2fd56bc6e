from multiprocessing import Process

from timeline import now, work

if __name__ == "__main__":
    long = Process(target=work, args=("0.6s", 0.6), name="long")
    short = Process(target=work, args=("0.3s", 0.3), name="short")
    long.start()
    short.start()
    short.join()
    print(f"short joined at {now():.2f} s")
    long.join()
    print(f"long joined at {now():.2f} s")
