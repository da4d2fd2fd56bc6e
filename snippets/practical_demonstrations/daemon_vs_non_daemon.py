import time
from multiprocessing import Event, Process

from busy_work import ONE_UNIT, busy_work


def ticker(started):
    for tick in range(1000):
        print(f"daemon: tick {tick}", flush=True)
        started.set()
        time.sleep(0.1)
    print("daemon: finished")  # never reached: it is stopped at exit


def cruncher():
    print("non-daemon: crunching", flush=True)
    busy_work(4 * ONE_UNIT)
    print("non-daemon: finished", flush=True)


if __name__ == "__main__":
    started = Event()
    background = Process(target=ticker, args=(started,), daemon=True)
    foreground = Process(target=cruncher)
    background.start()
    started.wait()  # the daemon is ticking: now start the real work
    foreground.start()
    foreground.join()
    print("main: the non-daemon is done; exiting stops the daemon")
