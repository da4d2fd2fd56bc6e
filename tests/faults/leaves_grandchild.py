import subprocess
import sys
from multiprocessing import Process
from pathlib import Path


def start_grandchild():
    grandchild = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    Path("pids.txt").write_text(f"{grandchild.pid}\n")


if __name__ == "__main__":
    child = Process(target=start_grandchild)
    child.start()
    child.join()
    print("main and child are done; the grandchild is still sleeping")
