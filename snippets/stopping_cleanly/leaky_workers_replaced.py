from multiprocessing import Pool, current_process

import psutil

leaked = []  # a module-level list that only grows: the leak


def leaky_task(n):
    leaked.append("x" * 20_000_000)  # 20 MB that is never freed
    megabytes = psutil.Process().memory_info().rss // 2**20
    return f"task {n}: {current_process().name}, using {megabytes} MB"


if __name__ == "__main__":
    for limit in (None, 2):
        print(f"Pool(1, maxtasksperchild={limit})")
        with Pool(1, maxtasksperchild=limit) as pool:
            for n in range(1, 7):
                print("  " + pool.apply(leaky_task, (n,)))
