from multiprocessing import Process


def work():
    print("child: working")


if __name__ == "__main__":  # only the program you ran gets here, not a child
    print("top level runs")
    child = Process(target=work)
    child.start()
    child.join()
    print("child exit code:", child.exitcode)
