"""The API index: names read from the snippets' code, and every API name the pages discuss has an example."""

import re
import textwrap
from pathlib import Path

import pytest

import api_index
from snippet_runner import PROJECT

PAGES = sorted((PROJECT / "docs").rglob("*.md"))
SNIPPETS = sorted((PROJECT / "snippets").rglob("*.py"))
INLINE_CODE = re.compile(r"`([^`\n]+)`")
FENCED = re.compile(r"^(`{3,}|~{3,}).*?^\1", re.S | re.M)
# `Pool.imap_unordered`, `terminate()`, `mp.Process`, `Queue`: an API name as the pages write one
# what a page writes before the dot of an API name: a class, a module, or the variable the examples use for one
OWNERS = {name.lower() for name in api_index.CLASSES} | {"multiprocessing", "mp", "concurrent", "futures",
                                                         "executor", "result", "child", "worker", "ctx", "context"}
MENTION = re.compile(r"(?:[A-Za-z_][\w.]*\.)?([A-Za-z_]\w*)(\(\))?")


def names_in(tmp_path: Path, code: str) -> set[str]:
    path = tmp_path / "example.py"
    path.write_text(textwrap.dedent(code))
    return api_index.names_used(path)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("import multiprocessing as mp\nmp.current_process().name\n", {"current_process", "Process.name"}),
        ("from multiprocessing import Pool\nwith Pool(2) as pool:\n    pool.imap_unordered(abs, [1])\n",
         {"Pool", "Pool.imap_unordered"}),
        ("from multiprocessing import Process\nps = [Process() for _ in range(2)]\nfor p in ps:\n    p.start()\n",
         {"Process", "Process.start"}),
        ("from multiprocessing import Pipe\nreader, writer = Pipe()\nwriter.send(1)\n", {"Pipe", "Connection.send"}),
        ("from multiprocessing import Pool\nwith Pool() as pool:\n    r = pool.apply_async(abs, (1,))\n    r.get()\n",
         {"Pool", "Pool.apply_async", "AsyncResult.get"}),
        ("import multiprocessing\nctx = multiprocessing.get_context('spawn')\nctx.Process().start()\n",
         {"get_context", "Process", "Process.start"}),
        ("from multiprocessing import Process\nclass Job(Process):\n    def run(self):\n        pass\nJob().start()\n",
         {"Process", "Process.run", "Process.start"}),
        ("from multiprocessing import Process, Queue\ndef child(q):\n    q.put(1)\nq = Queue()\n"
         "Process(target=child, args=(q,)).start()\n", {"Process", "Queue", "Queue.put", "Process.start"}),
        ("from concurrent.futures import ProcessPoolExecutor\nwith ProcessPoolExecutor() as ex:\n"
         "    fs = {n: ex.submit(abs, n) for n in [1]}\n    for n, f in fs.items():\n        f.result()\n",
         {"ProcessPoolExecutor", "ProcessPoolExecutor.submit", "Future.result"}),
        ("from multiprocessing import JoinableQueue, Process\ndef w(q):\n    q.task_done()\n"
         "tasks, other = JoinableQueue(), 1\nProcess(target=w, args=(tasks,))\n",
         {"JoinableQueue", "JoinableQueue.task_done", "Process"}),
        # a string's join is not Process.join; a method on an unknown object is not counted
        ("from multiprocessing import Process\n', '.join(['a'])\ndef f(p):\n    p.join()\nf(Process())\n", {"Process"}),
    ],
)
def test_names_are_read_from_the_code(tmp_path, code, expected):
    assert names_in(tmp_path, code) == expected


def used_anywhere() -> set[str]:
    return set().union(*(api_index.names_used(path) for path in SNIPPETS))


def covered(mention: str, used: set[str]) -> bool:
    return any(name == mention or name.endswith("." + mention) or name.startswith(mention + ".") for name in used)


def test_every_api_name_the_pages_discuss_has_an_example():
    """An API name written in code in a page's prose (`Pool.imap()`, `terminate()`, `Pipe`) is used by an example."""
    vocabulary, used, missing = api_index.vocabulary(), used_anywhere(), set()
    for page in PAGES:
        prose = FENCED.sub("", page.read_text())
        for span in INLINE_CODE.findall(prose):
            match = MENTION.fullmatch(span.strip())
            if not match or match.group(1) not in vocabulary:
                continue
            head = span.split(".")[0].lower()
            called, capital = match.group(2), span[0].isupper()
            dotted = "." in span and head in OWNERS  # `pool.imap()`, `Pool.imap`; not `root.handlers.clear()`
            if (called and "." not in span or dotted or capital) and not covered(match.group(1), used):
                missing.add(f"{page.relative_to(PROJECT)}: `{span}`")
    assert sorted(missing) == []


def test_the_index_page_lists_every_name_the_examples_use(site):
    html = (site / "api" / "index.html").read_text()
    listed = set(re.findall(r"<td><code>([\w.]+)</code></td>", html))
    assert listed == used_anywhere()
    for group in api_index.GROUPS:
        if any(api_index.group_of(name) == group for name in listed):
            assert f">{group}<" in html
