from multiprocessing import Pool, active_children


def square(n):
    return n * n


if __name__ == "__main__":
    # 1. A with-block: on leaving it, the pool is terminated.
    with Pool(3) as pool:
        print("with-block:", pool.map(square, range(6)))
    print("workers alive after the with-block:", len(active_children()))

    # 2. close() + join(): no new work, then wait for the work submitted.
    pool = Pool(3)
    pending = pool.map_async(square, range(6))
    pool.close()
    pool.join()
    print("close + join:", pending.get())
    print("workers alive after join():", len(active_children()))
