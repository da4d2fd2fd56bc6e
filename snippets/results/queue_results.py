import time
from multiprocessing import Barrier, Process, Queue


def measure(name, seconds, start_line, results):
    start_line.wait()  # returns once all three workers are running
    time.sleep(seconds)  # stands in for real work of different lengths
    results.put((name, f"finished after {seconds} s"))


if __name__ == "__main__":
    results = Queue()
    jobs = {"slow": 1.3, "quick": 0.1, "middle": 0.7}
    start_line = Barrier(len(jobs))  # the workers start their work together
    workers = [Process(target=measure,
                       args=(name, seconds, start_line, results))
               for name, seconds in jobs.items()]
    for worker in workers:
        worker.start()
    for _ in workers:  # one get() per result we expect
        name, message = results.get()
        print(f"{name:>6}: {message}")
    for worker in workers:
        worker.join()
    print("all joined, exit codes:", [w.exitcode for w in workers])
