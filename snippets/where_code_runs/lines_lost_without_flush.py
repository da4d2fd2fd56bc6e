import time
from multiprocessing import Event, Process


def worker(printed):
    print("worker: this line is flushed", flush=True)
    print("worker: this line waits in the buffer")
    printed.set()
    time.sleep(10)  # still busy when the main process stops it


if __name__ == "__main__":
    printed = Event()
    child = Process(target=worker, args=(printed,))
    child.start()
    printed.wait()  # both lines have been printed
    child.terminate()
    child.join()
    print("main: the worker was terminated, exit code", child.exitcode)
