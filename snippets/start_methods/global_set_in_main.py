# snippet: exit.spawn=1 exit.forkserver=1
import sys
from multiprocessing import Process

settings = {}  # filled in below, under the __main__ guard


def greet():
    print("child: greeting", settings["name"])


if __name__ == "__main__":
    settings["name"] = "Ada"
    child = Process(target=greet)
    child.start()
    child.join()
    print("child exit code:", child.exitcode)
    sys.exit(child.exitcode)  # fail loudly when the child failed
