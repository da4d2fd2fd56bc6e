import time
from multiprocessing import Process, current_process


def short_task():
    me = current_process().name
    print(f"{me}: started", flush=True)
    time.sleep(1)
    print(f"{me}: finished", flush=True)


def long_service():
    me = current_process().name
    print(f"{me}: started", flush=True)
    time.sleep(2)
    print(f"{me}: finished", flush=True)


if __name__ == "__main__":
    service = Process(target=long_service, name="cache-service")
    named = Process(target=short_task, name="first-task")
    unnamed = Process(target=short_task)  # gets a default name
    for process in (named, unnamed, service):
        process.start()
    for process in (named, unnamed, service):
        process.join()
    print(f"main process is called {current_process().name}")
