from multiprocessing import Process


def say_hello():
    print("hello from a worker process")


if __name__ == "__main__":
    workers = [Process(target=say_hello) for _ in range(5)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print("all five workers have finished")
