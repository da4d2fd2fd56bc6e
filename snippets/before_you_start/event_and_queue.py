import time
from multiprocessing import Event, Process, Queue


def worker(ready, results):
    time.sleep(0.5)  # getting ready takes a while
    ready.set()  # raise the flag
    for number in (1, 2, 3):
        results.put(number * 10)  # send a result to whoever calls get()


if __name__ == "__main__":
    ready = Event()  # a flag that starts lowered
    results = Queue()
    child = Process(target=worker, args=(ready, results))
    child.start()
    print("flag raised before wait():", ready.is_set())
    ready.wait()  # blocks until some process calls ready.set()
    print("flag raised after wait(): ", ready.is_set())
    print("results, in order:", [results.get() for _ in range(3)])
    child.join()
