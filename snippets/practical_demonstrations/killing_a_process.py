import time
from multiprocessing import Process

from busy_work import busy_work


def crunch_forever():
    while True:
        busy_work(100_000)


if __name__ == "__main__":
    cruncher = Process(target=crunch_forever)
    cruncher.start()
    time.sleep(0.2)
    print("after start():     is_alive", cruncher.is_alive())
    cruncher.terminate()
    print("after terminate(): is_alive", cruncher.is_alive(), "(a race)")
    cruncher.join()
    print("after join():      is_alive", cruncher.is_alive())
    print("exit code:", cruncher.exitcode)
