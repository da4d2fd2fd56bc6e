import time
from multiprocessing import Event, Process


def endless_loop(working):
    print("child: starting a job that would take 5 seconds", flush=True)
    working.set()
    time.sleep(5)
    print("child: finished")  # never printed


if __name__ == "__main__":
    working = Event()
    child = Process(target=endless_loop, args=(working,))
    print("created:   ", child, "alive:", child.is_alive())
    child.start()
    working.wait()  # the child is busy with its job now
    print("started:   ", child, "alive:", child.is_alive())
    child.terminate()
    print("terminated:", child, "alive:", child.is_alive())  # a race
    while child.is_alive():  # ask again until it has died; no join() yet
        time.sleep(0.01)
    print("died:      ", child, "alive:", child.is_alive())
    child.join()  # returns at once now: the process has already ended
    print("joined:    ", child, "alive:", child.is_alive())
    print("exitcode:", child.exitcode)
