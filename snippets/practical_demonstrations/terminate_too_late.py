import time
from multiprocessing import Process

from busy_work import ONE_UNIT, busy_work

if __name__ == "__main__":
    quick = Process(target=busy_work, args=(ONE_UNIT // 10,))
    quick.start()
    while quick.is_alive():  # wait until it has ended, without join()
        time.sleep(0.05)
    quick.terminate()  # too late: there is nothing left to stop
    print("after terminate(): is_alive", quick.is_alive())
    quick.join()
    print("after join():      is_alive", quick.is_alive())
    print("exit code:", quick.exitcode)
