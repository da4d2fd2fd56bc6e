# snippet: exit=-2 posix
import threading
import time
from multiprocessing import Pool

from keyboard import press_ctrl_c


def slow_square(n):
    time.sleep(5)
    return n * n


if __name__ == "__main__":
    with Pool(2) as pool:
        threading.Timer(2.5, press_ctrl_c).start()  # "Ctrl-C" in 2.5 s
        print(pool.map(slow_square, [1, 2, 3, 4]))
