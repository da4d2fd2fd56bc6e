import time
from multiprocessing import Event, Process, current_process


def heartbeat(started):
    print(f"{current_process().name}: beating", flush=True)
    started.set()
    time.sleep(1)
    print(f"{current_process().name}: stopping", flush=True)


def quick_job():
    print(f"{current_process().name}: beginning")
    print(f"{current_process().name}: done")


if __name__ == "__main__":
    started = Event()
    background = Process(
        target=heartbeat, args=(started,), name="heartbeat", daemon=True
    )
    foreground = Process(target=quick_job, name="quick-job")
    background.start()
    started.wait()
    foreground.start()
    background.join()  # wait for the daemon: now it can finish its work
    foreground.join()
    print("main: both processes have ended")
