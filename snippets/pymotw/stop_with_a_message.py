from multiprocessing import Process, Queue

STOP = None  # the message that means "no more work: finish up and leave"


def worker(jobs):
    while True:
        job = jobs.get()  # waits until a message arrives
        if job is STOP:
            break
        print(f"worker: {job} done")
    print("worker: stop message received, tidying up")


if __name__ == "__main__":
    jobs = Queue()
    helper = Process(target=worker, args=(jobs,))
    helper.start()
    for job in ("wash", "dry", "fold"):
        jobs.put(job)
    jobs.put(STOP)  # queued after the work, so the work is done first
    helper.join()
    print("main: the worker ended with exit code", helper.exitcode)
