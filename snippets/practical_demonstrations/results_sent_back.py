from multiprocessing import Pipe, Process, Queue


def fill_and_put(queue):
    numbers = list(range(1000))
    queue.put(numbers)  # a copy travels to whoever calls get()


def fill_and_send(connection):
    numbers = list(range(1000))
    connection.send(numbers)  # a copy travels to the other end
    connection.close()


if __name__ == "__main__":
    queue = Queue()
    child = Process(target=fill_and_put, args=(queue,))
    child.start()
    numbers = queue.get()  # take the result first, then join
    child.join()
    print(f"through a Queue: the parent got {len(numbers)} numbers")

    parent_end, child_end = Pipe()
    child = Process(target=fill_and_send, args=(child_end,))
    child.start()
    numbers = parent_end.recv()
    child.join()
    print(f"through a Pipe:  the parent got {len(numbers)} numbers")
