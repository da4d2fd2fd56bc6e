"""Which CPython behaviour the interpreter running the tests has (each Python runs the suite: make test-pythons)."""

import sys

# gh-126631: from 3.13.8 and 3.14.1 the forkserver imports __main__ once, in the server.
FORKSERVER_PRELOADS_MAIN = (3, 13, 8) <= sys.version_info[:3] < (3, 14) or sys.version_info[:3] >= (3, 14, 1)
# 3.15: a server whose import of an unguarded __main__ fails carries on, and each child imports it itself.
FORKSERVER_SURVIVES_FAILED_PRELOAD = sys.version_info >= (3, 15)
