import sys
import time
from multiprocessing import Process


def calls_sys_exit_1():
    sys.exit(1)


def returns_nothing():
    pass


def returns_a_value():
    return 42  # the return value is thrown away, it is not the exit code


def raises_an_error():
    raise ValueError("something went wrong in the child")


def gets_terminated():
    time.sleep(10)


if __name__ == "__main__":
    targets = [
        calls_sys_exit_1,
        returns_nothing,
        returns_a_value,
        raises_an_error,
        gets_terminated,
    ]
    children = [Process(target=t, name=t.__name__) for t in targets]
    for child in children:
        child.start()
    children[-1].terminate()
    for child in children:
        child.join()
    for child in children:
        print(f"{child.name:>18}: exitcode {child.exitcode}")
