# snippet: posix
import os
import signal
import time
from multiprocessing import Event, Process, Queue, parent_process


def helper(stopped):
    """A daemon that ends as soon as its parent is gone."""
    parent = parent_process()
    while parent.is_alive():
        time.sleep(0.1)
    stopped.set()  # tell the main process, for this demonstration


def parent(pids, stopped):
    daemon = Process(target=helper, args=(stopped,), daemon=True)
    daemon.start()
    pids.put(daemon.pid)
    time.sleep(10)  # killed long before this ends


if __name__ == "__main__":
    pids, stopped = Queue(), Event()
    middle = Process(target=parent, args=(pids, stopped))
    middle.start()
    pids.get()  # the daemon is running
    os.kill(middle.pid, signal.SIGKILL)
    middle.join()
    print("parent exit code:", middle.exitcode)
    print("daemon stopped by itself:", stopped.wait(timeout=5))
