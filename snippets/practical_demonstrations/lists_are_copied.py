from multiprocessing import Process


def fill(numbers):
    numbers.extend(range(1000))
    print(f"in the child:  {len(numbers)} numbers")


if __name__ == "__main__":
    numbers = []
    child = Process(target=fill, args=(numbers,))
    child.start()
    child.join()
    print(f"in the parent: {len(numbers)} numbers")
