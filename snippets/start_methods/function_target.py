from multiprocessing import Process


def say_hello():  # defined at the top level of the module: importable
    print("child: hello from a function")


if __name__ == "__main__":
    child = Process(target=say_hello)
    child.start()
    child.join()
    print("child exit code:", child.exitcode)
