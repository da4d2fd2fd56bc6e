import multiprocessing as mp
import time


def describe(me, parent):
    return (f"{me.name}: pid {me.pid}, daemon {me.daemon}, "
            f"parent {parent.name if parent else None}, "
            f"start method {mp.get_start_method()}")


def child_reports():
    print(describe(mp.current_process(), mp.parent_process()))
    time.sleep(0.5)  # stay alive while the parent looks at us


def main():
    print("cpu_count():", mp.cpu_count())
    print("get_all_start_methods():", mp.get_all_start_methods())
    children = [mp.Process(target=child_reports, name=f"child-{i}")
                for i in (1, 2)]
    for child in children:
        child.start()
    print(describe(mp.current_process(), mp.parent_process()))
    for child in sorted(mp.active_children(), key=lambda c: c.name):
        print(f"active child {child.name}: is_alive() {child.is_alive()}")
    for child in children:
        child.join()
    print("active_children() after join():", mp.active_children())


if __name__ == "__main__":
    mp.set_start_method("fork")
    main()
