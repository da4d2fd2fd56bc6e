from multiprocessing import Process


def square(number):
    print(f"worker got {number}, its square is {number * number}")


if __name__ == "__main__":
    workers = [Process(target=square, args=(n,)) for n in range(5)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
