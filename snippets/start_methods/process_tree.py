import time
from multiprocessing import Process, get_start_method

import psutil


def role(process, child_pid):
    if process.pid == child_pid:
        return "our child"
    command = " ".join(process.cmdline())
    for helper in ("resource_tracker", "forkserver"):
        if helper in command:
            return helper.replace("_", " ")
    return "?"


def print_tree(process, child_pid, depth=0):
    label = "main" if depth == 0 else role(process, child_pid)
    print(f"tree: {depth} {process.pid} {process.name()} {label}")
    for child in process.children():
        print_tree(child, child_pid, depth + 1)


if __name__ == "__main__":
    print("start method:", get_start_method())
    child = Process(target=time.sleep, args=(10,))
    child.start()  # once start() returns, the child process exists
    print_tree(psutil.Process(), child.pid)
    child.terminate()
    child.join()
