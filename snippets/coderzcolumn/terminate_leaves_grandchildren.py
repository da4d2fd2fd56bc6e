import os
import signal
import time
from multiprocessing import Process, Queue


def grandchild(pids):
    pids.put(os.getpid())  # tell the main program who is running
    for tick in range(1, 100):
        time.sleep(0.1)
        # flush=True: this process is stopped in the end, its buffer lost
        print(f"grandchild: tick {tick}", flush=True)


def child(pids):
    helper = Process(target=grandchild, args=(pids,))
    helper.start()
    helper.join()


if __name__ == "__main__":
    pids = Queue()
    parent = Process(target=child, args=(pids,))
    parent.start()
    grandchild_pid = pids.get()  # the grandchild is running
    parent.terminate()
    parent.join()
    print("child terminated, exit code", parent.exitcode, flush=True)
    time.sleep(0.5)  # meanwhile, the grandchild carries on
    os.kill(grandchild_pid, signal.SIGTERM)  # clean up: nobody else will
    print("the main program stopped the grandchild itself", flush=True)
