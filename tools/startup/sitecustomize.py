"""Imported by Python at start-up in every snippet run (the runner puts this folder on PYTHONPATH).

Nothing here changes what a snippet prints. Stdout stays a pipe,
block-buffered, exactly as when a reader runs ``python x.py | cat``.

1. If MPBE_START_METHOD is set, that start method is used, so a snippet
   runs under fork, forkserver or spawn without being edited. The page tells
   the reader the one line that does the same:
   ``multiprocessing.set_start_method("spawn")`` first under the main guard.
2. If MPBE_PROCESS_LOG is set, every Python process of the run (started
   from a file, spawned, or forked) appends its pid to that file, so the run
   facts can say how many processes a snippet started, even those that live
   for a millisecond.
"""
import os

_log = os.environ.get("MPBE_PROCESS_LOG")
if _log:

    def _record_process():
        with open(_log, "a") as log:
            log.write(f"{os.getpid()}\n")

    _record_process()
    os.register_at_fork(after_in_child=_record_process)

_method = os.environ.get("MPBE_START_METHOD")
if _method:
    import multiprocessing

    multiprocessing.set_start_method(_method, force=True)
