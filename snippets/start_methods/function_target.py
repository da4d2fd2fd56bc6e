from multiprocessing import Pool, Process


def say_hello():  # defined at the top level of the module: importable
    print("child: hello from a function")


def square(n):  # the same for the tasks of a pool
    return n * n


if __name__ == "__main__":
    child = Process(target=say_hello)
    child.start()
    child.join()
    print("child exit code:", child.exitcode)
    with Pool(2) as pool:
        print("squares:", pool.map(square, [1, 2, 3]))
