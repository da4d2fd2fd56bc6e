import time
from multiprocessing import Process, active_children


def work():
    time.sleep(10)


if __name__ == "__main__":
    for i in (1, 2):
        Process(target=work, name=f"worker-{i}").start()
    time.sleep(0.2)
    children = sorted(active_children(), key=lambda c: c.name)
    for child in children:
        if child.is_alive():
            child.kill()  # sends SIGKILL, which cannot be caught
    for child in children:
        child.join()
        print(f"{child.name}: exitcode {child.exitcode}")
