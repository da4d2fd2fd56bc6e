import time
from multiprocessing import Event, Process


def slow_job(working):
    print("slow job: working for 5 seconds", flush=True)
    working.set()
    time.sleep(5)
    print("slow job: finished")  # never printed: the daemon is stopped first


if __name__ == "__main__":
    working = Event()
    job = Process(target=slow_job, args=(working,), name="slow-job",
                  daemon=True)
    job.start()
    working.wait()  # the job has begun its 5 seconds
    returned = job.join(timeout=0.5)
    print("join(timeout=0.5) returned", returned)
    print("is_alive():", job.is_alive())
    print("exitcode:", job.exitcode)
    print("main: giving up and exiting; the daemon is stopped with me")
