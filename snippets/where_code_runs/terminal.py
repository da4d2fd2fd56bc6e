"""Run a program with a terminal as its output, the way a reader runs it.

POSIX only (the pty module): Linux and macOS.
"""
import os
import pty
import subprocess
import sys


def run_in_a_terminal(program):
    """Run `python program` on a new pseudo-terminal; return its text."""
    ours, theirs = pty.openpty()
    child = subprocess.Popen([sys.executable, program],
                             stdout=theirs, stderr=theirs)
    os.close(theirs)  # only the program writes to the terminal now
    chunks = []
    while True:
        try:
            chunk = os.read(ours, 1024)
        except OSError:  # Linux: the program closed its end
            break
        if not chunk:  # macOS: end of file
            break
        chunks.append(chunk)
    child.wait()
    os.close(ours)
    # A terminal ends lines with \r\n; show them as plain \n.
    return b"".join(chunks).decode().replace("\r\n", "\n")
