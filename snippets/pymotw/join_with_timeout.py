import time
from multiprocessing import Process


def slow_job():
    print("slow job: working for 5 seconds", flush=True)
    time.sleep(5)
    print("slow job: finished")  # never printed: the daemon is stopped first


if __name__ == "__main__":
    job = Process(target=slow_job, name="slow-job", daemon=True)
    job.start()
    returned = job.join(timeout=0.5)
    print("join(timeout=0.5) returned", returned)
    print("is_alive():", job.is_alive())
    print("exitcode:", job.exitcode)
    print("main: giving up and exiting; the daemon is stopped with me")
