from multiprocessing import Event, Process, get_start_method

from outside_view import print_tree, status_of, wait_until_exited


def quick_job(finished):
    print("child: my work is done, exiting")
    finished.set()


if __name__ == "__main__":
    print("start method:", get_start_method())
    finished = Event()
    child = Process(target=quick_job, args=(finished,))
    child.start()
    finished.wait()
    wait_until_exited(child.pid)
    print(f"child {child.pid} has exited, not joined: {status_of(child.pid)}")
    print_tree(child.pid)

    child.join()  # asks for the exit status: the zombie goes away
    print(f"child {child.pid} after join(): {status_of(child.pid)}")
    print("exit code after join():", child.exitcode)
