import time
from multiprocessing import Barrier, Process


def talk(name, delay, flush, together):
    together.wait()  # both start talking at the same moment
    time.sleep(delay)
    for line in range(1, 4):
        print(f"{name}: line {line}", flush=flush)
        time.sleep(0.5)


if __name__ == "__main__":
    for flush in (False, True):
        print(f"--- print(..., flush={flush})", flush=True)
        together = Barrier(2)
        talkers = [
            Process(target=talk, args=("A", 0.0, flush, together)),
            Process(target=talk, args=("B", 0.25, flush, together)),
        ]
        for talker in talkers:
            talker.start()
        for talker in talkers:
            talker.join()
