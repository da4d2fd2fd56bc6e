import time
from multiprocessing import Barrier, Lock, Process, current_process


def meet_then_report(delay, barrier, lock, started):
    me = current_process().name
    time.sleep(delay)  # the two arrive at different times
    arrived = time.time() - started
    barrier.wait()  # nobody goes on until both have arrived
    passed = time.time() - started
    with lock:  # one report at a time: the lines never interleave
        print(f"{me}: report begins")
        print(f"{me}: arrived at the barrier at {arrived:.2f} s")
        print(f"{me}: passed the barrier at {passed:.2f} s")
        print(f"{me}: report ends")


if __name__ == "__main__":
    barrier = Barrier(2)
    lock = Lock()
    started = time.time()
    processes = []
    for name, delay in (("quick", 0.1), ("slow", 0.6)):
        args = (delay, barrier, lock, started)
        process = Process(target=meet_then_report, args=args, name=name)
        processes.append(process)
    for process in processes:
        process.start()
    for process in processes:
        process.join()
