import multiprocessing

import psutil


def how_was_i_started(_):
    """The command line of the process this runs in."""
    return psutil.Process().cmdline()


if __name__ == "__main__":
    multiprocessing.freeze_support()  # first, right under the guard
    print("main process started as:", *psutil.Process().cmdline())
    spawn = multiprocessing.get_context("spawn")  # as on Windows
    with spawn.Pool(1) as pool:
        command = pool.map(how_was_i_started, [None])[0]
    print("its worker started as:")
    for part in command:
        print("   ", part)
