# snippet: exit.spawn=1 exit.forkserver=1
from multiprocessing import Process

if __name__ == "__main__":
    child = Process(target=lambda: print("child: hello from a lambda"))
    child.start()
    child.join()
    print("child exit code:", child.exitcode)
