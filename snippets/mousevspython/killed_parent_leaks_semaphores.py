import time
from multiprocessing import Event, Pool, Process


def square(n):
    return n * n


def owner(pool_done):
    """Use a pool, terminate() it as the original advises, then wait."""
    pool = Pool(2)
    pool.map(square, range(4))
    pool.terminate()
    pool_done.set()
    time.sleep(60)


if __name__ == "__main__":
    pool_done = Event()
    child = Process(target=owner, args=(pool_done,))
    child.start()
    pool_done.wait()
    child.kill()  # SIGKILL: no clean-up code runs in the pool's owner
    child.join()
    print("the pool's owner was killed: exit code", child.exitcode)
    print("the main program ends normally")
