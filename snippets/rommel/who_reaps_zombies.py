import time
from multiprocessing import Event, Process, active_children, get_start_method

import psutil


def quick_job(go):
    go.wait()  # end as soon as the main process says go


def status_of(process):
    try:
        return psutil.Process(process.pid).status()
    except psutil.NoSuchProcess:
        return "gone"


def wait_until_exited(process):
    """Watch it from outside (psutil does not reap) for up to 5 seconds."""
    deadline = time.monotonic() + 5
    while status_of(process) not in ("zombie", "gone"):
        if time.monotonic() > deadline:
            break
        time.sleep(0.01)


def show(moment, processes):
    print(f"{moment:<28}", ", ".join(status_of(p) for p in processes))


if __name__ == "__main__":
    print("start method:", get_start_method())
    go = Event()
    first = [Process(target=quick_job, args=(go,)) for _ in range(3)]
    for process in first:
        process.start()
    go.set()  # all three are started: now let them end
    for process in first:
        wait_until_exited(process)
    show("three exited, none joined:", first)

    print("first[0].is_alive():", first[0].is_alive())
    show("after that is_alive():", first)

    fourth = Process(target=quick_job, args=(go,))
    fourth.start()  # start() first cleans up children that have ended
    show("after fourth.start():", first)

    wait_until_exited(fourth)
    show("the fourth exited:", [fourth])
    print("active_children():", active_children())
    show("after active_children():", [fourth])
