from multiprocessing import Manager, Process, current_process


def report(shared, name):
    shared[name] = current_process().name  # one message to the manager process


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
        for key, written_by in sorted(shared.items()):
            print(f"{key} was written by {written_by}")
        print("copied out as a plain dict:", type(shared.copy()).__name__)
