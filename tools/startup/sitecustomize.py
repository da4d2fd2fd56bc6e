"""Imported by Python at start-up in every snippet run (the runner puts this folder on PYTHONPATH).

It does one thing: if MPBE_START_METHOD is set, that start method is used,
so a snippet runs under fork, forkserver or spawn without being edited. The
page tells the reader the one line that does the same:
``multiprocessing.set_start_method("spawn")`` first under the main guard.

Nothing else is changed: stdout is a pipe, block-buffered, exactly as when a
reader runs ``python snippet.py | cat`` or ``> log.txt``.
"""
import os

_method = os.environ.get("MPBE_START_METHOD")
if _method:
    import multiprocessing

    multiprocessing.set_start_method(_method, force=True)
