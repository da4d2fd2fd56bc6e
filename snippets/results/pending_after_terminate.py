import time
from multiprocessing import Pool, TimeoutError


def nap(seconds):
    time.sleep(seconds)
    return f"slept {seconds} s"


if __name__ == "__main__":
    pool = Pool(2)
    quick = pool.apply_async(nap, (0.1,))
    slow = pool.apply_async(nap, (5,))
    print("quick:", quick.get())  # wait for the quick one only
    pool.terminate()  # the slow task is cut off mid-sleep
    pool.join()
    print("after terminate(): quick.ready() is", quick.ready(),
          "| slow.ready() is", slow.ready())
    try:
        slow.get(timeout=2)  # without a timeout this waits forever
    except TimeoutError:
        print("slow.get(timeout=2) raised TimeoutError: no result,",
              "no exception, ever")
