# snippet: exit.spawn=1 exit.forkserver=1
import sys
from multiprocessing import Process


def work():
    print("child: working")


# No `if __name__ == "__main__":` guard: this runs on every import.
print("top level runs")
child = Process(target=work)
child.start()
child.join()
print("child exit code:", child.exitcode)
sys.exit(child.exitcode)
