import os
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool, current_process


def who(task):
    return f"{current_process().name} (pid {os.getpid()})"


if __name__ == "__main__":
    with Pool(1, maxtasksperchild=2) as pool:  # a new worker every 2 tasks
        for task, worker in enumerate(pool.map(who, range(4), chunksize=1)):
            print(f"Pool task {task}: {worker}")
    with ProcessPoolExecutor(1, max_tasks_per_child=1) as executor:
        for task, worker in enumerate(executor.map(who, range(3))):
            print(f"executor task {task}: {worker}")
