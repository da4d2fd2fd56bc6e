from multiprocessing import Event, Process, Queue


def produce(results, put_done):
    results.put(b"x" * 1_000_000)  # one big result: 1 MB
    put_done.set()  # put() has returned; the function ends now


if __name__ == "__main__":
    results = Queue()
    put_done = Event()
    child = Process(target=produce, args=(results, put_done))
    child.start()
    put_done.wait()
    child.join(timeout=1)
    print("join(timeout=1) gave up; child alive:", child.is_alive())
    data = results.get()  # take the result out of the queue...
    child.join()  # ...and now the child can exit
    print(f"got {len(data)} bytes; exit code {child.exitcode}")
