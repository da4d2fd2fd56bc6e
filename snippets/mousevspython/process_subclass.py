import random
import time
from multiprocessing import Process


class Computer(Process):
    """A process that knows its job: start() makes the child call run()."""

    def __init__(self, name, seconds):
        super().__init__(name=name)
        self.seconds = seconds

    def run(self):
        print(f"{self.name}: started, needs {self.seconds:.1f} s")
        time.sleep(self.seconds)
        print(f"{self.name}: finished")


if __name__ == "__main__":
    random.seed(2020)
    durations = [random.choice([0.1, 0.2, 0.3, 0.4]) for _ in range(5)]
    computers = [Computer(f"computer_{i}", s) for i, s in enumerate(durations)]
    for computer in computers:
        computer.start()
    for computer in computers:
        computer.join()
    print("exit codes:", [computer.exitcode for computer in computers])
