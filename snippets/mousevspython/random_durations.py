import random
import time
from multiprocessing import Process


def pretend_to_work(name, seconds):
    # flush=True: each line goes out as it happens, even through a pipe
    print(f"{name}: started, needs {seconds:.1f} s", flush=True)
    time.sleep(seconds)
    print(f"{name}: finished", flush=True)


if __name__ == "__main__":
    random.seed(2020)  # the same "random" durations on every run
    durations = [random.choice([0.1, 0.2, 0.3, 0.4]) for _ in range(5)]
    began = time.time()
    processes = [
        Process(target=pretend_to_work, args=(f"computer_{i}", seconds))
        for i, seconds in enumerate(durations)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    wall = time.time() - began
    print(f"sum of durations {sum(durations):.1f} s, wall time {wall:.1f} s")
