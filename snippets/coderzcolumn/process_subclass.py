import time
from multiprocessing import Process


class Adder(Process):
    """A process that adds two numbers: start() makes the child call run()."""

    def __init__(self, a, b, name):
        super().__init__(name=name)
        self.a, self.b = a, b

    def run(self):
        time.sleep(0.3)
        print(f"{self.name}: {self.a} + {self.b} = {self.a + self.b}")


if __name__ == "__main__":
    adders = [Adder(10, 20, "adder-1"), Adder(20, 30, "adder-2")]
    for adder in adders:
        adder.start()
    for adder in adders:
        adder.join()
    print("exit codes:", [adder.exitcode for adder in adders])
