from multiprocessing import Pool

from timeline import now, wait_for_workers, work


def wait(seconds):
    work(seconds, seconds)  # sleeps, prints a task line
    return seconds


if __name__ == "__main__":
    with Pool(processes=4) as pool:
        print("imap(chunksize=1) gives", type(pool.imap(abs, [1])).__name__)
        print("imap(chunksize=2) gives",
              type(pool.imap(abs, [1], chunksize=2)).__name__)
        wait_for_workers(pool)  # so the times show imap(), not start-up
        for seconds in pool.imap(wait, [0.1, 0.6, 0.25, 0.45]):
            print(f"got the {seconds} s task at {now():.2f} s", flush=True)
