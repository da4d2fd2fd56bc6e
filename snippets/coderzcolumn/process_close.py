import time
from multiprocessing import Process


def work():
    time.sleep(0.3)


if __name__ == "__main__":
    child = Process(target=work, name="worker")
    child.start()
    try:
        child.close()  # refused: the process is still running
    except ValueError as error:
        print("close() while running:", error)
    child.join()
    child.close()  # ended and joined: release what the object holds
    print("close() after join(): done")
    try:
        child.is_alive()
    except ValueError as error:
        print("is_alive() after close():", error)
    print("its name is still there:", child.name)
