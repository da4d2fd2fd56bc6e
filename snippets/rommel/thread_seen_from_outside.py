import threading
import time

import psutil


def show(moment):
    """What a tool like `ps` sees: one process, and the threads inside it."""
    me = psutil.Process()
    count = me.num_threads()  # counted by the operating system
    names = [thread.name for thread in threading.enumerate()]  # by Python
    print(f"{moment}: {count} thread(s) in process {me.pid}: {names}")


def consume(running, may_finish):
    print("worker thread: consuming")
    running.set()  # tell the main thread we are running
    may_finish.wait()
    time.sleep(0.3)  # a last piece of work after it was told to finish
    print("worker thread: done")


if __name__ == "__main__":
    running, may_finish = threading.Event(), threading.Event()
    worker = threading.Thread(
        target=consume, args=(running, may_finish), name="Consumer"
    )
    show("before start()")
    me = psutil.Process()
    before = me.num_threads()
    worker.start()
    running.wait()
    show("while it runs ")
    may_finish.set()
    worker.join()  # returns only once consume() has returned
    print("main thread: join() returned")
    # Up to Python 3.12, join() returns as soon as the thread's Python
    # code is done: the operating system may need a moment more.
    deadline = time.monotonic() + 2
    while me.num_threads() > before and time.monotonic() < deadline:
        time.sleep(0.01)
    show("after join()  ")
