# snippet: alone
import time
from multiprocessing import Process, current_process

from busy_work import ONE_UNIT, busy_work


def work_and_report():
    busy_work(2 * ONE_UNIT)
    print(f"{current_process().name}: done")


if __name__ == "__main__":
    began = time.perf_counter()
    work_and_report()
    work_and_report()
    one_after_other = time.perf_counter() - began

    named = Process(target=work_and_report, name="cruncher")
    unnamed = Process(target=work_and_report)
    began = time.perf_counter()
    named.start()
    unnamed.start()
    named.join()
    unnamed.join()
    side_by_side = time.perf_counter() - began

    print(f"in the main process, one after the other: {one_after_other:.2f} s")
    print(f"in two processes, side by side:           {side_by_side:.2f} s")
    print(f"speedup: {one_after_other / side_by_side:.2f}x")
