# The classic daemon: fork, setsid, fork again; the daemon's parent exits so
# it is re-parented away from the snippet, and it closes the output pipe.
import os
import time

if __name__ == "__main__":
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            null = os.open(os.devnull, os.O_RDWR)
            for fd in (0, 1, 2):
                os.dup2(null, fd)
            with open(os.path.join(os.environ["FAULT_PIDS"], "daemonizes"), "w") as pids:
                print(os.getpid(), file=pids)
            time.sleep(300)
        os._exit(0)
    os.wait()
    time.sleep(0.5)  # the daemon has written its pid
    print("main: done, the daemon lives on")
