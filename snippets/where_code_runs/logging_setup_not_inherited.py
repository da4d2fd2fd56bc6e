import logging
from multiprocessing import Process


def work(number):
    logging.info("working on %d", number)
    logging.warning("%d is odd", number)


if __name__ == "__main__":
    logging.basicConfig(
        level=logging.INFO,
        format="%(processName)-10s %(levelname)-8s %(message)s",
    )
    logging.info("starting a worker")
    worker = Process(target=work, args=(7,))
    worker.start()
    worker.join()
    logging.info("worker done")
