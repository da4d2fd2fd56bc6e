# snippet: timeout=2
import os
import time
from multiprocessing import Process


def wait_forever():
    time.sleep(600)


if __name__ == "__main__":
    child = Process(target=wait_forever)
    child.start()
    with open(os.path.join(os.environ["FAULT_PIDS"], "hangs"), "w") as pids:
        print(os.getpid(), child.pid, file=pids)
    child.join()
