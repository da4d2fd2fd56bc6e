import os
from multiprocessing import Manager, Process


def report(shared, name):
    shared[name] = os.getpid()  # one message to the manager process


if __name__ == "__main__":
    with Manager() as manager:  # starts the manager's own process
        shared = manager.dict()  # a proxy: the dict lives in the manager
        workers = [Process(target=report, args=(shared, f"worker {n}"))
                   for n in range(3)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        print("type in the parent:", type(shared).__name__)
        for name, pid in sorted(shared.items()):
            print(f"{name} has pid {pid}")
        print("copied out as a plain dict:", type(shared.copy()).__name__)
