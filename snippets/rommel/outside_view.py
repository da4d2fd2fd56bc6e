"""What a tool like `ps` sees, asked through psutil (which never reaps)."""
import time

import psutil


def status_of(pid):
    """'running', 'sleeping', 'zombie', ... or 'gone' once it is reaped."""
    try:
        return psutil.Process(pid).status()
    except psutil.NoSuchProcess:
        return "gone"


def wait_until_exited(pid):
    """Watch a process from outside until it has exited (at most 5 s)."""
    deadline = time.monotonic() + 5
    while status_of(pid) not in ("zombie", "gone"):
        if time.monotonic() > deadline:
            break
        time.sleep(0.01)


def show(moment, processes):
    """One line: the moment, then the status of each process."""
    print(f"{moment:<28}", ", ".join(status_of(p.pid) for p in processes))


def role(process, child_pid):
    if process.pid == child_pid:
        return f"our child, {process.status()}"
    command = " ".join(process.cmdline())
    if "resource_tracker" in command:
        return "resource tracker"
    if "forkserver" in command:
        return "forkserver"
    return process.status()


def print_tree(child_pid):
    """This process and everything below it: `tree: <depth> <pid> ...`."""
    main = psutil.Process()
    print(f"tree: 0 {main.pid} {main.name()} main")
    for process in main.children(recursive=True):
        try:
            depth = 1 if process.ppid() == main.pid else 2
            print(f"tree: {depth} {process.pid} {process.name()} "
                  f"{role(process, child_pid)}")
        except psutil.NoSuchProcess:
            pass  # it ended while we looked (the forkserver reaps fast)
