from multiprocessing import Process, shared_memory


def fill(name):
    block = shared_memory.SharedMemory(name=name)
    block.buf[0] = 42
    block.close()


if __name__ == "__main__":
    block = shared_memory.SharedMemory(create=True, size=8)
    child = Process(target=fill, args=(block.name,))
    child.start()
    child.join()
    print("the parent reads:", block.buf[0])
    block.close()  # closed, but nobody calls unlink()
    print(f"exiting; {block.name} was never unlinked")
