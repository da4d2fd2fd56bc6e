# snippet: posix
import signal
import threading
import time
from multiprocessing import Pool

from keyboard import press_ctrl_c


def slow_square(n):
    time.sleep(5)
    return n * n


def ignore_ctrl_c():
    """Runs in each worker as it starts: SIGINT no longer stops it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


if __name__ == "__main__":
    pool = Pool(2, initializer=ignore_ctrl_c)
    threading.Timer(2.5, press_ctrl_c).start()  # "Ctrl-C" in 2.5 s
    try:
        print(pool.map(slow_square, [1, 2, 3, 4]))
    except KeyboardInterrupt:
        print("Ctrl-C: stopping the workers")
        pool.terminate()  # they ignore SIGINT: end them from here
    else:
        pool.close()
    pool.join()
    print("all workers have ended")
