"""The build has no keyboard: this does what a terminal does on Ctrl-C.

POSIX only (Linux, macOS): on Windows, os.kill() ends a process instead.
"""
import os
import signal
import threading
from multiprocessing import active_children

# A program started with SIGINT ignored (as a shell script's `cmd &`
# starts it) never gets KeyboardInterrupt, from the keyboard or from here.
# Restore Python's usual handler, as a program started in a terminal has.
signal.signal(signal.SIGINT, signal.default_int_handler)


def press_ctrl_c():
    """Send SIGINT to every child process and to this one.

    A terminal sends it to all of them at once. Here it goes to the main
    thread of this process, where Python turns it into KeyboardInterrupt.
    """
    for child in active_children():
        os.kill(child.pid, signal.SIGINT)
    signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)
