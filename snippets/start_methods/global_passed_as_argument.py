from multiprocessing import Process


def greet(settings):
    print("child: greeting", settings["name"])


if __name__ == "__main__":
    settings = {"name": "Ada"}
    child = Process(target=greet, args=(settings,))  # hand it over explicitly
    child.start()
    child.join()
    print("child exit code:", child.exitcode)
