"""What a reader types into the site's search, and the section that must be among the first results.

The browser tests type each query; tests/test_anchors.py checks, without a
browser, that every target is a registered anchor.
"""

SEARCHES = [
    ("terminate", "pymotw/#terminating-processes"),
    ("join timeout", "coderzcolumn/processes/#join-timeout-still-running"),
    ("exitcode", "pymotw/#exit-codes"),
    ("daemon", "pymotw/#daemon-processes"),
    ("kill", "practical-demonstrations/#killing-a-process"),
    ("kill children", "coderzcolumn/processes/#kill-children"),
    ("apply_async", "coderzcolumn/pool/#pool-apply-async"),
    ("map_async", "coderzcolumn/pool/#pool-map-async"),
    ("starmap_async", "coderzcolumn/pool/#pool-starmap-async"),
    ("starmap", "coderzcolumn/pool/#pool-starmap"),
    ("imap_unordered", "coderzcolumn/pool/#pool-imap-unordered"),
    ("imap", "coderzcolumn/pool/#pool-imap"),
    ("initializer", "coderzcolumn/pool/#pool-initializer"),
    ("close join", "coderzcolumn/pool/#pool-close-join"),
    ("Barrier", "practical-demonstrations/#barrier-and-lock"),
    ("is_alive", "coderzcolumn/processes/#join-timeout-still-running"),
    ("set_start_method", "coderzcolumn/processes/#process-facts-fork"),
    ("zombie", "rommel/#zombie-until-joined"),
    ("spawn", "start-methods/#what-each-method-does"),
    ("Pipe", "guide/results/#results-pipe"),
    ("SharedMemory", "guide/sharing-state/#sharing-shared-memory"),
    ("max_tasks_per_child", "guide/pool-or-executor/#executor-max-tasks-per-child"),
    ("KeyboardInterrupt", "guide/stopping-cleanly/#stopping-ctrl-c-in-a-pool"),
    ("QueueHandler", "guide/where-code-runs/#where-logging-queue"),
    ("flush", "guide/where-code-runs/#where-lines-lost"),
]
