# A child leaves the snippet's session and starts `sleep 300`, which keeps
# the output pipe open: the process group kill and the group leak check miss it.
import os
import subprocess

if __name__ == "__main__":
    if os.fork() == 0:
        os.setsid()
        sleeper = subprocess.Popen(["sleep", "300"])
        with open(os.path.join(os.environ["FAULT_PIDS"], "escapes_session"), "w") as pids:
            print(sleeper.pid, file=pids)
        os._exit(0)
    os.wait()
    print("main: done, the sleeper escaped")
