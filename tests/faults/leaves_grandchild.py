import os
import subprocess
import sys
from multiprocessing import Process


def start_grandchild():
    grandchild = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    with open(os.path.join(os.environ["FAULT_PIDS"], "leaves_grandchild"), "w") as pids:
        print(grandchild.pid, file=pids)


if __name__ == "__main__":
    child = Process(target=start_grandchild)
    child.start()
    child.join()
    print("main and child are done; the grandchild is still sleeping")
