from concurrent.futures import ProcessPoolExecutor, as_completed

from timeline import work


def wait(seconds):
    work(seconds, seconds)  # sleeps, prints a task line
    return seconds


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=3) as executor:
        lengths = (0.45, 0.15, 0.3)
        print("submitted:", *lengths, flush=True)
        futures = [executor.submit(wait, s) for s in lengths]
        for future in as_completed(futures):
            print("as_completed() gave", future.result(), flush=True)
        late = executor.submit(wait, 0.2)  # left running at the block's end
    print("after the with-block, the last task is done:", late.done())
