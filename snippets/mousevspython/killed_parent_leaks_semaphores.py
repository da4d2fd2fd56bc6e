import subprocess
import sys
import time
from multiprocessing import get_context

import psutil


def square(n):
    return n * n


def has_exited(process):
    """A zombie has exited too: it only waits for its parent to collect it."""
    try:
        return process.status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def victim(method):
    """Start a pool, say so, then wait to be killed."""
    pool = get_context(method).Pool(2)
    pool.map(square, range(4))
    print(f"victim ({method}): pool is up", flush=True)
    time.sleep(60)


if __name__ == "__main__":
    if len(sys.argv) == 2:
        victim(sys.argv[1])
        sys.exit()
    for method in ("fork", "spawn"):
        command = [sys.executable, __file__, method]
        child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        print(child.stdout.readline(), end="")
        helpers = psutil.Process(child.pid).children(recursive=True)
        child.kill()  # SIGKILL: no clean-up code runs in the victim
        child.wait()
        # its pool workers and resource tracker notice, clean up and exit
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if all(map(has_exited, helpers)):
                break
            time.sleep(0.05)
        exited = sum(map(has_exited, helpers))
        print(f"victim ({method}) was killed; {exited} of its")
        print(f"  {len(helpers)} helper processes have exited")
