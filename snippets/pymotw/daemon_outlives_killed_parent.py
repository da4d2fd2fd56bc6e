import time
from multiprocessing import Process, Queue, parent_process


def heartbeat(reports):
    for beat in range(1, 6):
        parent_alive = parent_process().is_alive()
        reports.put(f"heartbeat: beat {beat}, my parent alive: {parent_alive}")
        time.sleep(0.3)
    reports.put("heartbeat: nobody stopped me, I end on my own")


def service(reports):
    Process(target=heartbeat, args=(reports,), daemon=True).start()
    time.sleep(60)  # a long-running program that will be killed


if __name__ == "__main__":
    reports = Queue()  # the heartbeat reports here, since it outlives service
    program = Process(target=service, args=(reports,), name="service")
    program.start()
    print(reports.get())  # the first beat: the daemon is running
    program.terminate()  # kill the daemon's parent, as `kill <pid>` would
    program.join()
    print(f"main: service killed, exit code {program.exitcode}")
    for _ in range(5):  # four more beats and the last word
        print(reports.get())
