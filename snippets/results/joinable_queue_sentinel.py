from multiprocessing import JoinableQueue, Process, Queue

STOP = None  # the sentinel: a value that is never a real task


def worker(tasks, results):
    while True:
        number = tasks.get()
        if number is STOP:
            tasks.task_done()
            break
        results.put((number, number * number))
        tasks.task_done()  # one task_done() for every get()


if __name__ == "__main__":
    tasks, results = JoinableQueue(), Queue()
    workers = [Process(target=worker, args=(tasks, results))
               for _ in range(2)]
    for w in workers:
        w.start()
    for number in range(6):
        tasks.put(number)
    tasks.join()  # returns when every task put so far is done
    print("tasks.join() returned: all 6 tasks done")
    squares = dict(results.get() for _ in range(6))
    print("squares:", dict(sorted(squares.items())))
    for _ in workers:
        tasks.put(STOP)  # one sentinel per worker
    for w in workers:
        w.join()
    print("workers stopped, exit codes:", [w.exitcode for w in workers])
