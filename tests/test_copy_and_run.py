"""Copy and run: a reader who runs an example in a terminal sees the lines the page shows.

The build runs each snippet with stdout and stderr on a pipe (what a reader
gets with `python x.py | cat`, in an IDE's run pane or in CI). This test runs
the same file as a reader does in a terminal (the runner's `terminal=True`: a
pseudo-terminal, where stdout is line-buffered, and nothing added at start-up)
and compares the lines of the two outputs, in any order and however often
each appears (how many ticks a loop printed varies), with numbers, addresses
and random names masked. A line that a terminal shows but a pipe loses
(printed by a process that is terminated before it flushes), or the other way
round, fails the test.
"""

import concurrent.futures
import os
import re

import pytest

import mkdocs_hooks
from snippet_runner import PROJECT, options, resolve, run
from varies import varying

MASKS = [
    (re.compile(r"^(>>> |\.\.\. )+"), ""),  # an interactive Python's prompts: printed only to a terminal
    (re.compile(r"0x[0-9a-f]+"), "0xADDR"),
    (re.compile(r"\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b|(?<=psm_)\w+"), "NAME"),  # shared memory names
    (re.compile(r"\d+(\.\d+)?"), "N"),
    (re.compile(r"\s+"), " "),  # columns padded to the width of a pid
]
# Examples whose lesson is the difference between a pipe and a terminal: the page shows both.
PIPE_LESSONS = {
    "where_code_runs/lines_lost_without_flush.py": "where-lines-lost",
    "where_code_runs/in_a_terminal.py": "where-lines-in-a-terminal",
    "where_code_runs/unbuffered_children.py": "where-unbuffered",
}
SHOWN = sorted({block.name for page in (PROJECT / "docs").rglob("*.md")
                for block in mkdocs_hooks.snippet_blocks(page.read_text())} - set(PIPE_LESSONS))


def masked_lines(name: str, output: str) -> set[str]:
    lines = set()
    for line in output.splitlines():
        if not line.strip():
            continue
        line = varying(name, line) or line  # lines that differ by design count as one (tools/varies.py)
        for pattern, replacement in MASKS:
            line = pattern.sub(replacement, line)
        lines.add(line.rstrip())
    return lines


# How many examples run in terminals at once: most of their time is sleeping
# children, as in the build, which runs 16 at a time.
AT_ONCE = 8


@pytest.fixture(scope="module")
def terminal_runs(request) -> dict:
    """name -> the future result of its terminal run, for every test of this module this run selected.

    They all start at once (AT_ONCE at a time), and each test waits for its
    own; pytest.ini's `--dist loadfile` gives one process all of them. The
    runner runs an `alone` one with no other snippet running, as it does the
    build's runs, and caches each terminal run by content, as it does those.
    """
    names = [item.callspec.params["name"] for item in request.session.items
             if item.module is request.module and hasattr(item, "callspec")]
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=AT_ONCE)
    yield {name: pool.submit(run, name, terminal=True) for name in names}
    pool.shutdown(wait=True, cancel_futures=True)


@pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are a POSIX feature")
@pytest.mark.parametrize("name", [
    pytest.param(name, marks=[pytest.mark.alone] if options(resolve(name)).alone else []) for name in SHOWN])
def test_a_terminal_shows_the_lines_the_page_shows(name, terminal_runs):
    built = run(name)  # the build's own run (from the cache when it is there)
    assert built.ok, built.problem
    in_terminal = terminal_runs[name].result()
    assert in_terminal.ok, in_terminal.problem
    only_in_terminal = masked_lines(name, in_terminal.output) - masked_lines(name, built.output)
    only_on_the_page = masked_lines(name, built.output) - masked_lines(name, in_terminal.output)
    assert (sorted(only_in_terminal), sorted(only_on_the_page)) == ([], [])


def test_the_examples_left_out_teach_the_pipe_itself():
    """Each example left out above sits in a section about pipes and terminals, which shows both outputs."""
    page = (PROJECT / "docs" / "guide" / "where-code-runs.md").read_text()
    for name, anchor in PIPE_LESSONS.items():
        section = page.split(f"{{ #{anchor} }}", 1)[1].split("\n## ", 1)[0]
        assert name in section and ("pipe" in section or "terminal" in section)
