from multiprocessing import Pool, active_children

from timeline import wait_for_workers, work


def pretend_to_work(name):
    work(name, 0.2)  # sleeps 0.2 s, prints a task line


if __name__ == "__main__":
    names = [f"computer_{i}" for i in range(15)]
    with Pool(processes=5) as pool:
        print("worker processes in the pool:", len(active_children()))
        wait_for_workers(pool)  # so the times show map(), not start-up
        pool.map(pretend_to_work, names)
