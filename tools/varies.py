"""Output lines that differ from run to run by design, per snippet: its page says so next to the example.

Used wherever two runs of a snippet are compared: the copy-and-run test (a
terminal run against the build's) and `make mutate` (a mutant's run against
unmutated runs). All the lines of a snippet that match its pattern count as
one and the same line, however many of them there are and whatever they say;
the rest of the output is compared as usual, and each snippet's own test still
asserts what the page claims about these lines.
"""

import re

VARIES = {
    # "the other two end at about the same moment, so they may or may not be ready"
    "coderzcolumn/pool_apply_async.py": re.compile(r"^after wait\(\) on the first: ready\(\) is .*"),
    "pool_or_executor/same_job_both.py": re.compile(r"^(Pool|ProcessPoolExecutor): .*, computed by .*"),
    # right after terminate() the child may or may not have died yet: the pages call it a race
    "practical_demonstrations/killing_a_process.py": re.compile(r"^after terminate\(\): is_alive (True|False) \(a race\)$"),
    "pymotw/terminate_process.py": re.compile(r"^terminated: .* alive: (True|False)$"),
    # which workers print a traceback, and how much of it, depends on where Ctrl-C finds them
    # ("whole, cut short, or not at all")
    "stopping_cleanly/ctrl_c_in_a_pool.py": re.compile(r"^(\s+.*|Process \w+-\d+:|Traceback .*|KeyboardInterrupt)$"),
    # "printed by two workers, or now and then by one that took both tasks"; under spawn and forkserver
    # "some runs end with one more warning, from the resource tracker" (and its source line)
    "stopping_cleanly/pool_inside_a_pool.py": re.compile(
        r"^(\w+-\d+: daemon=True|.*UserWarning: resource_tracker: .*|\s+warnings\.warn\(.*)$"),
    # "How many ticks you see depends on how long the work took"
    "practical_demonstrations/daemon_vs_non_daemon.py": re.compile(r"^daemon: tick \d+$"),
}


def varying(snippet: str, line: str) -> str | None:
    """The one line that stands for every varying line of the snippet, if `line` is one of them."""
    pattern = VARIES.get(snippet)
    if pattern and pattern.fullmatch(line):
        return f"{pattern.pattern} (varies)"
    return None
