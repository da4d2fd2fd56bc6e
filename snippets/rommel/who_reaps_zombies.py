from multiprocessing import Event, Process, active_children, get_start_method

from outside_view import show, wait_until_exited


def quick_job(go):
    go.wait()  # end as soon as the main process says go


if __name__ == "__main__":
    print("start method:", get_start_method())
    go = Event()
    first = [Process(target=quick_job, args=(go,)) for _ in range(3)]
    for process in first:
        process.start()
    go.set()  # all three are started: now let them end
    for process in first:
        wait_until_exited(process.pid)
    show("three exited, none joined:", first)

    print("first[0].is_alive():", first[0].is_alive())
    show("after that is_alive():", first)

    fourth = Process(target=quick_job, args=(go,))
    fourth.start()  # start() first cleans up children that have ended
    show("after fourth.start():", first)

    wait_until_exited(fourth.pid)
    show("the fourth exited:", [fourth])
    print("active_children():", active_children())
    show("after active_children():", [fourth])
