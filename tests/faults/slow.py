import os
import time
from multiprocessing import Process


def work():
    time.sleep(60)


if __name__ == "__main__":
    child = Process(target=work)
    child.start()
    with open(os.path.join(os.environ["FAULT_PIDS"], "slow"), "w") as pids:
        print(os.getpid(), child.pid, file=pids)
    print("started", flush=True)
    child.join()
