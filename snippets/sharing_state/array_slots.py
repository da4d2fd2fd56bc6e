from multiprocessing import Array, Process


def sum_part(part, totals):
    start = part * 1000
    totals[part] = sum(range(start, start + 1000))  # only my own slot


if __name__ == "__main__":
    totals = Array("q", 4)  # four 64-bit integers in shared memory, all 0
    workers = [Process(target=sum_part, args=(part, totals))
               for part in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("slots:", list(totals))
    print("sum of the slots:", sum(totals))
    print("check:", sum(range(4000)))
