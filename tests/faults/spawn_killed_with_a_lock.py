# snippet: timeout=3
import multiprocessing
import os
import tempfile
import time


def wait_forever(lock):
    with lock:
        time.sleep(600)


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    lock = multiprocessing.Lock()  # a named POSIX semaphore under spawn
    child = multiprocessing.Process(target=wait_forever, args=(lock,))
    child.start()
    with open(os.path.join(os.environ["FAULT_PIDS"], "spawn_killed_with_a_lock"), "w") as pids:
        print(lock._semlock.name, tempfile.gettempdir(), file=pids)
    child.join()
