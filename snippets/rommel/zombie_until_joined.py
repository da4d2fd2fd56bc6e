import time
from multiprocessing import Event, Process, get_start_method

import psutil


def quick_job(finished):
    print("child: my work is done, exiting")
    finished.set()


def status_of(pid):
    try:
        return psutil.Process(pid).status()
    except psutil.NoSuchProcess:
        return "gone"


def role(process, child_pid):
    if process.pid == child_pid:
        return f"our child, {process.status()}"
    command = " ".join(process.cmdline())
    if "resource_tracker" in command:
        return "resource tracker"
    if "forkserver" in command:
        return "forkserver"
    return process.status()


if __name__ == "__main__":
    print("start method:", get_start_method())
    finished = Event()
    child = Process(target=quick_job, args=(finished,))
    child.start()
    finished.wait()

    # The child is exiting now. Watch it from outside for up to 5 seconds.
    deadline = time.monotonic() + 5
    while status_of(child.pid) not in ("zombie", "gone"):
        if time.monotonic() > deadline:
            break
        time.sleep(0.01)
    print(f"child {child.pid} has exited, not joined: {status_of(child.pid)}")

    main = psutil.Process()
    print(f"tree: 0 {main.pid} {main.name()} main")
    for process in main.children(recursive=True):
        try:
            depth = 1 if process.ppid() == main.pid else 2
            print(f"tree: {depth} {process.pid} {process.name()} "
                  f"{role(process, child.pid)}")
        except psutil.NoSuchProcess:
            pass  # it ended while we looked (the forkserver reaps fast)

    child.join()  # asks for the exit status: the zombie goes away
    print(f"child {child.pid} after join(): {status_of(child.pid)}")
    print("exit code after join():", child.exitcode)
