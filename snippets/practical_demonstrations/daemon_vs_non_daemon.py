import time
from multiprocessing import Process

from busy_work import ONE_UNIT, busy_work


def ticker():
    for tick in range(1000):
        print(f"daemon: tick {tick}")
        time.sleep(0.1)
    print("daemon: finished")  # never reached: it is stopped at exit


def cruncher():
    print("non-daemon: crunching")
    busy_work(ONE_UNIT)
    print("non-daemon: finished")


if __name__ == "__main__":
    background = Process(target=ticker, daemon=True)
    foreground = Process(target=cruncher)
    background.start()
    foreground.start()
    foreground.join()
    print("main: the non-daemon is done; exiting stops the daemon")
