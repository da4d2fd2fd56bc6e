# snippet: posix
import os
import signal
import time
from multiprocessing import Process, Queue

import psutil


def helper():
    """A daemon that would run forever."""
    while True:
        time.sleep(0.1)


def parent(pids):
    """Start a daemon helper, report both pids, then wait a second."""
    daemon = Process(target=helper, daemon=True)
    daemon.start()
    pids.put((os.getpid(), daemon.pid))
    time.sleep(1)  # then end normally, unless killed before


def still_running(process):
    try:
        return process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


if __name__ == "__main__":
    for ending in ("normal exit", "SIGTERM", "SIGKILL"):
        pids = Queue()
        middle = Process(target=parent, args=(pids,))
        middle.start()
        parent_pid, daemon_pid = pids.get()
        daemon = psutil.Process(daemon_pid)
        was = daemon.ppid()
        if ending != "normal exit":
            os.kill(parent_pid, getattr(signal, ending))
        middle.join()
        print(f"{ending}: parent exit code {middle.exitcode}", end="; ")
        if still_running(daemon):
            print(f"daemon running, its parent pid {was} -> {daemon.ppid()}")
            daemon.kill()  # clean up by hand: nobody else will
        else:
            print("daemon stopped")
