# snippet: alone posix
import os
import signal
import tempfile
import time
from collections import Counter
from multiprocessing import Pool, Queue

from keyboard import press_ctrl_c
from sample_text import write_sample_files

progress = None  # in each worker: the queue that reports finished files


def start_worker(progress_queue):
    """Runs once in each worker as it starts."""
    global progress
    progress = progress_queue
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for main


def count_words(path):
    """Count the words of one file, ignoring case and punctuation."""
    counts = Counter()
    for word in path.read_text().split():
        counts[word.strip(".,;").lower()] += 1
    if progress is not None:
        progress.put(path.name)
    return counts


def count_in_parallel(paths, processes, on_progress):
    """Count all files with a pool; None if Ctrl-C stopped it."""
    progress_queue = Queue()
    pool = Pool(processes, initializer=start_worker,
                initargs=(progress_queue,))
    finished = 0
    try:
        result = pool.map_async(count_words, paths, chunksize=1)
        while finished < len(paths):
            progress_queue.get()  # one message per finished file
            finished += 1
            on_progress(finished, len(paths))
        totals = sum(result.get(), Counter())
    except KeyboardInterrupt:
        print(f"Ctrl-C: stopping after {finished} of {len(paths)} files")
        pool.terminate()
        totals = None
    else:
        pool.close()
    pool.join()
    return totals


def show_progress(done, total):
    if done % 10 == 0:
        print(f"  {done} of {total} files", flush=True)


def show_progress_and_press_ctrl_c(done, total):
    show_progress(done, total)
    if done == 10:
        press_ctrl_c()  # as if the reader pressed Ctrl-C right now


if __name__ == "__main__":
    processes = os.cpu_count()
    with tempfile.TemporaryDirectory() as folder:
        paths = write_sample_files(folder, how_many=40, words_each=250_000)
        print(f"{len(paths)} files of 250,000 words in a temporary folder")

        began = time.perf_counter()
        serial = sum((count_words(path) for path in paths), Counter())
        print(f"1 process: {time.perf_counter() - began:.2f} s")

        began = time.perf_counter()
        parallel = count_in_parallel(paths, processes, show_progress)
        print(f"{processes} processes: {time.perf_counter() - began:.2f} s")
        print("same counts:", parallel == serial)
        print("most common:", serial.most_common(3))

        print("once more, pressing Ctrl-C after 10 files:")
        result = count_in_parallel(paths, processes,
                                   show_progress_and_press_ctrl_c)
        print("result:", result)
    print("temporary folder removed:", not os.path.exists(folder))
