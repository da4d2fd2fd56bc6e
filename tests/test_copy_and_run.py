"""Copy and run: a reader who runs an example in a terminal sees the lines the page shows.

The build runs each snippet with stdout and stderr on a pipe (what a reader
gets with `python x.py | cat`, in an IDE's run pane or in CI). This test runs
the same file as a reader does in a terminal (a pseudo-terminal: stdout is
line-buffered there) and compares the lines of the two outputs, in any order
and however often each appears (how many ticks a loop printed varies), with
numbers, addresses and random names masked. A line that a terminal shows but
a pipe loses (printed by a process that is terminated before it flushes), or
the other way round, fails the test.
"""

import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import mkdocs_hooks
from snippet_runner import PROJECT, local_imports, options, resolve, run
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


def run_in_a_terminal(path: Path, folder: Path) -> str:
    """`python snippets/<topic>/<name>.py` in a pseudo-terminal, from a copy laid out as the project is."""
    import pty

    rel = path.relative_to(PROJECT)
    for file in [path, *local_imports(path)]:
        (folder / rel.parent).mkdir(parents=True, exist_ok=True)
        shutil.copy(file, folder / rel.parent / file.name)
    env = {key: value for key, value in os.environ.items() if key != "PYTHONUNBUFFERED"}
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, str(rel)], cwd=folder, env=env, stdin=subprocess.DEVNULL,
                               stdout=follower, stderr=follower, start_new_session=True)
    os.close(follower)
    chunks = []
    while True:  # until every process holding the terminal has closed it
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: nobody holds the terminal any more
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=120)
    os.close(leader)
    output = b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")
    return output.replace(f"{folder}{os.sep}", "").replace(f"{PROJECT}{os.sep}", "")  # as the runner shows paths


# How many examples run in terminals at once: most of their time is sleeping
# children, as in the build, which runs 16 at a time.
AT_ONCE = 8


@pytest.fixture(scope="module")
def terminal_runs(request, tmp_path_factory) -> dict:
    """name -> the future output of its terminal run, for every test of this module this run selected.

    They all start at once (AT_ONCE at a time), and each test waits for its
    own; pytest.ini's `--dist loadfile` gives one process all of them. The
    `alone` ones are selected on their own (`make test` runs them after the
    others): their terminal runs start together too, since the lines compared
    have their numbers masked, but only once the build's runs of them are in
    hand, because taking those measures the machine.
    """
    names = [item.callspec.params["name"] for item in request.session.items
             if item.module is request.module and hasattr(item, "callspec")]
    for name in names:
        if options(resolve(name)).alone:
            run(name)  # from the cache after a build; else measured now, on a quiet machine
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=AT_ONCE)
    runs = {name: pool.submit(run_in_a_terminal, resolve(name), tmp_path_factory.mktemp("terminal"))
            for name in names}
    yield runs
    pool.shutdown(wait=True, cancel_futures=True)


@pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are a POSIX feature")
@pytest.mark.parametrize("name", [
    pytest.param(name, marks=[pytest.mark.alone] if options(resolve(name)).alone else []) for name in SHOWN])
def test_a_terminal_shows_the_lines_the_page_shows(name, terminal_runs):
    built = run(name)  # the build's own run (from the cache when it is there)
    assert built.ok, built.problem
    in_terminal = terminal_runs[name].result()
    only_in_terminal = masked_lines(name, in_terminal) - masked_lines(name, built.output)
    only_on_the_page = masked_lines(name, built.output) - masked_lines(name, in_terminal)
    assert (sorted(only_in_terminal), sorted(only_on_the_page)) == ([], [])


def test_the_examples_left_out_teach_the_pipe_itself():
    """Each example left out above sits in a section about pipes and terminals, which shows both outputs."""
    page = (PROJECT / "docs" / "guide" / "where-code-runs.md").read_text()
    for name, anchor in PIPE_LESSONS.items():
        section = page.split(f"{{ #{anchor} }}", 1)[1].split("\n## ", 1)[0]
        assert name in section and ("pipe" in section or "terminal" in section)
