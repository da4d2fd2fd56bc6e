from collections import Counter
from multiprocessing import Pool, active_children, current_process

from busy_work import busy_work


def square_with_effort(n):
    busy_work(50_000)
    return n * n, current_process().name


if __name__ == "__main__":
    with Pool(processes=4) as pool:
        print(f"the pool started {len(active_children())} worker processes")
        answers = pool.map(square_with_effort, range(10))
    print("squares:", [square for square, _ in answers])
    tasks_per_worker = Counter(worker for _, worker in answers)
    for worker, count in sorted(tasks_per_worker.items()):
        print(f"{worker} computed {count} of them")
