import time
from multiprocessing import Event, Process, current_process


def heartbeat(started):
    me = current_process()
    print(f"{me.name} (pid {me.pid}): beating", flush=True)
    started.set()
    time.sleep(5)
    print(f"{me.name} (pid {me.pid}): stopping", flush=True)  # never printed


def quick_job():
    me = current_process()
    print(f"{me.name} (pid {me.pid}): beginning")
    print(f"{me.name} (pid {me.pid}): done")


if __name__ == "__main__":
    started = Event()
    background = Process(
        target=heartbeat, args=(started,), name="heartbeat", daemon=True
    )
    foreground = Process(target=quick_job, name="quick-job")
    background.start()
    started.wait()  # be sure the daemon is running before going on
    foreground.start()
    print("main: leaving without joining anyone")
