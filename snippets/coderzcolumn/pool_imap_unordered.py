from multiprocessing import Pool

from timeline import now, wait_for_workers, work


def wait(seconds):
    work(seconds, seconds)  # sleeps, prints a task line
    return seconds


if __name__ == "__main__":
    with Pool(processes=4) as pool:
        wait_for_workers(pool)  # so the times show the call, not start-up
        lengths = [0.6, 0.1, 0.45, 0.25]  # the slowest first
        for seconds in pool.imap_unordered(wait, lengths):
            print(f"got the {seconds} s task at {now():.2f} s", flush=True)
