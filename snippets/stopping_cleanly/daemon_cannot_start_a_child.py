from multiprocessing import Process, current_process


def say_hello():
    print("grandchild: hello")


def helper():
    me = current_process()
    print(f"{me.name}: daemon={me.daemon}, starting a child", flush=True)
    child = Process(target=say_hello)
    child.start()  # fails in a daemon
    child.join()


if __name__ == "__main__":
    daemon = Process(target=helper, daemon=True)
    daemon.start()
    daemon.join()
    print("daemon exit code:", daemon.exitcode)
