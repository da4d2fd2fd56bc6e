import time
from multiprocessing import Process


def endless_loop():
    print("child: starting a job that would take 5 seconds")
    time.sleep(5)
    print("child: finished")  # never printed


if __name__ == "__main__":
    child = Process(target=endless_loop)
    print("created:   ", child, "alive:", child.is_alive())
    child.start()
    time.sleep(0.5)
    print("started:   ", child, "alive:", child.is_alive())
    child.terminate()
    print("terminated:", child, "alive:", child.is_alive())
    child.join()
    print("joined:    ", child, "alive:", child.is_alive())
    print("exitcode:", child.exitcode)
