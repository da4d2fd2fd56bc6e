from multiprocessing import Barrier, Process, Value

WORKERS, ADDS = 4, 100_000


def add_one_many_times(counter, start_line):
    start_line.wait()  # all four begin together, as in a longer job
    for _ in range(ADDS):
        counter.value += 1  # read, add one, write back


if __name__ == "__main__":
    counter = Value("i", 0)  # a C int in shared memory, 0 to start
    start_line = Barrier(WORKERS)
    workers = [Process(target=add_one_many_times,
                       args=(counter, start_line))
               for _ in range(WORKERS)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("exit codes:", [w.exitcode for w in workers])  # all four finished
    expected = WORKERS * ADDS
    print(f"expected {expected}, got {counter.value}")
    print(f"lost updates: {expected - counter.value}")
