import time
from multiprocessing import Process


def say_three_lines(name, flush):
    for number in (1, 2, 3):
        print(f"{name}: line {number}", flush=flush)
        time.sleep(0.3)


def two_at_once(flush):
    label = "flush=True" if flush else "no flush"
    talkers = [
        Process(target=say_three_lines, args=(f"{name} ({label})", flush))
        for name in ("A", "B")
    ]
    for talker in talkers:
        talker.start()
        time.sleep(0.15)  # B starts a little after A
    for talker in talkers:
        talker.join()


if __name__ == "__main__":
    two_at_once(flush=False)
    two_at_once(flush=True)
