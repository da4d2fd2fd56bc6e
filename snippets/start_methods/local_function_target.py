# snippet: exit.spawn=1 exit.forkserver=1
from multiprocessing import Process


def main():
    def work():  # defined inside main(): pickle cannot find it by name
        print("child: working")

    child = Process(target=work)
    child.start()
    child.join()


if __name__ == "__main__":
    main()
