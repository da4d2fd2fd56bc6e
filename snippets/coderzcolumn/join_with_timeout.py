import time
from multiprocessing import Process


def work(seconds):
    time.sleep(seconds)


if __name__ == "__main__":
    children = [Process(target=work, args=(s,), name=f"works-{s}s")
                for s in (0.5, 0.6)]
    for child in children:
        child.start()
    for child in children:
        returned = child.join(timeout=0.1)
        print(f"{child.name}: join(timeout=0.1) returned {returned}, "
              f"is_alive() {child.is_alive()}, exitcode {child.exitcode}")
    for child in children:
        child.join()  # now wait for real
        print(f"{child.name}: after join(), exitcode {child.exitcode}")
