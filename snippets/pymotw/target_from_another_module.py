from multiprocessing import Process

import greetings

if __name__ == "__main__":
    workers = [Process(target=greetings.greet) for _ in range(5)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
