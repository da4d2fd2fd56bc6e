import logging
import sys
import time
from multiprocessing import Process

# Configured at import time, so children started by spawn set it up too.
# Every line says which process wrote it: name and process id.
logging.basicConfig(
    stream=sys.stdout,
    level=logging.INFO,
    format="%(processName)-11s pid %(process)-6d %(message)s",
)


def add(a, b):
    time.sleep(0.3)
    logging.info("%d + %d = %d", a, b, a + b)


if __name__ == "__main__":
    logging.info("starting two processes")
    first = Process(target=add, args=(10, 20), name="adder-1")
    second = Process(target=add, args=(20, 30), name="adder-2")
    first.start()
    second.start()
    logging.info("main block done, without waiting for the children")
    # No join() here: Python still waits for non-daemon children at exit.
