"""Imported by Python at start-up in every snippet run (the runner puts this folder on PYTHONPATH).

1. stdout becomes line-buffered, as it is in a terminal, so the captured
   output shows whole lines in the order they were printed.
2. If MPBE_START_METHOD is set, that start method is used, so a snippet runs
   under fork, forkserver or spawn without being edited.
"""
import os
import sys

sys.stdout.reconfigure(line_buffering=True)

_method = os.environ.get("MPBE_START_METHOD")
if _method:
    import multiprocessing

    multiprocessing.set_start_method(_method, force=True)
