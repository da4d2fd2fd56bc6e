# snippet: timeout=2
import os
import time
from multiprocessing import Process
from pathlib import Path


def wait_forever():
    time.sleep(600)


if __name__ == "__main__":
    child = Process(target=wait_forever)
    child.start()
    Path("pids.txt").write_text(f"{os.getpid()}\n{child.pid}\n")
    child.join()
