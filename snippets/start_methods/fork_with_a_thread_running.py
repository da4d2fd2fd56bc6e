import threading
import time
import warnings
from multiprocessing import get_context


def child_work():
    print("child: running", flush=True)


def start_one_child(context):
    child = context.Process(target=child_work)
    child.start()
    child.join()


if __name__ == "__main__":
    fork = get_context("fork")
    helper = threading.Thread(target=time.sleep, args=(1,))
    helper.start()  # now this process has two threads
    print("with the default warning filters:", flush=True)
    start_one_child(fork)
    print("with warnings.simplefilter('default'):", flush=True)
    warnings.simplefilter("default")  # what `python -W default` does
    start_one_child(fork)
    helper.join()
