import time
from multiprocessing import Barrier, Lock, Process, current_process


def meet(delay, barrier, lock, started):
    me = current_process().name
    time.sleep(delay)  # the two arrive at different times
    print(f"{me}: arrives at {time.time() - started:.2f} s", flush=True)
    if barrier is not None:
        barrier.wait()  # nobody goes on until both have arrived
    print(f"{me}: goes on at {time.time() - started:.2f} s", flush=True)
    with lock:  # one process at a time in here
        print(f"{me}: has the lock at {time.time() - started:.2f} s",
              flush=True)
        time.sleep(0.3)  # work that must not run twice at once


def meeting(barrier, lock):
    started = time.time()
    runners = [
        Process(target=meet, args=(delay, barrier, lock, started), name=name)
        for name, delay in (("quick", 0.1), ("slow", 0.9))
    ]
    for runner in runners:
        runner.start()
    for runner in runners:
        runner.join()


if __name__ == "__main__":
    lock = Lock()
    print("with a barrier:", flush=True)
    meeting(Barrier(2), lock)
    print("without a barrier:", flush=True)
    meeting(None, lock)
