import logging
from logging.handlers import QueueHandler, QueueListener
from multiprocessing import Pool, Queue


def send_logs_to(log_queue):
    """Send every record of this process to the queue."""
    root = logging.getLogger()
    root.handlers.clear()  # a forked worker has copies of the parent's
    root.addHandler(QueueHandler(log_queue))
    root.setLevel(logging.INFO)


def work(number):
    logging.info("working on %d", number)
    if number % 2:
        logging.warning("%d is odd", number)
    return number * number


if __name__ == "__main__":
    log_queue = Queue()
    # Start the pool first: a worker forked while a thread of ours is
    # writing can hang (see the start methods page).
    with Pool(2, initializer=send_logs_to, initargs=(log_queue,)) as pool:
        # The one handler that writes, in the main process.
        console = logging.StreamHandler()
        console.setFormatter(logging.Formatter(
            "%(processName)-22s %(levelname)-8s %(message)s"))
        listener = QueueListener(log_queue, console)
        listener.start()  # a thread that takes records off the queue
        send_logs_to(log_queue)  # the main process logs the same way

        logging.info("the pool has started")
        squares = pool.map(work, [1, 2, 3])
        pool.close()  # no more tasks; the workers exit when done,
        pool.join()   # and an exiting worker first sends what it logged
    logging.info("squares: %s", squares)
    listener.stop()  # writes what is still queued, then ends the thread
