from multiprocessing import Process, shared_memory


def fill(name):
    block = shared_memory.SharedMemory(name=name)  # attach by name
    numbers = block.buf.cast("q")  # view the bytes as 64-bit integers
    for i in range(len(numbers)):
        numbers[i] = i * i
    numbers.release()  # let go of the view before close()
    block.close()  # this process is done with it; the block stays


if __name__ == "__main__":
    block = shared_memory.SharedMemory(create=True, size=4 * 8)
    try:
        child = Process(target=fill, args=(block.name,))
        child.start()
        child.join()
        numbers = block.buf.cast("q")
        print("the parent reads:", list(numbers))
        numbers.release()
    finally:
        block.close()
        block.unlink()  # once, by its creator, when nobody needs it
    print("closed and unlinked")
