from multiprocessing import Process


def parse(text):
    return int(text)  # int("twelve") raises ValueError


if __name__ == "__main__":
    child = Process(target=parse, args=("twelve",))
    child.start()
    child.join()
    print("the parent carries on; child exit code:", child.exitcode)
