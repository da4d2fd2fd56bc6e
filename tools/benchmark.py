"""Build timings, printed (not a test): cold, warm and bare-render builds, and how fast bad snippets fail.

    python tools/benchmark.py            # builds (make bench)
    python tools/benchmark.py --faults   # also the time each fault of tests/faults/ takes to fail
    python tools/benchmark.py --no-cold  # warm and bare only, from your own .snippet-cache

- cold: a strict build with an empty snippet cache (every snippet runs);
- warm: the same build again (every result comes from the cache);
- bare render: the same pages as plain Markdown and no hook: the Markdown the
  hook produced for each page (sources, outputs, tabs, run facts, boxes),
  written into a copy of docs/ as if typed by hand: the cost of MkDocs and
  Material alone, so warm / bare is the hook's own cost;
- the sum of all snippet run times and the longest one, from the cold build,
  and the CPU time the snippets' processes used (POSIX).

Targets on a 2-core machine: warm <= 1.25 x bare render. Builds run in this
process (best of 3 for warm and bare) into temporary folders; your own
.snippet-cache is left alone. The load average is printed with each number:
numbers taken on a busy machine are not worth comparing.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
sys.path.insert(0, str(TOOLS))
if "--no-cold" not in sys.argv:
    os.environ["SNIPPET_CACHE_DIR"] = tempfile.mkdtemp(prefix="snippet-cache-")
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

import logging  # noqa: E402

from mkdocs.commands.build import build  # noqa: E402
from mkdocs.config import load_config  # noqa: E402

import snippet_runner  # noqa: E402

PROJECT = snippet_runner.PROJECT


def hook():
    """The hook module of the last build (MkDocs loads it afresh for each config, under its path)."""
    return sys.modules["tools/mkdocs_hooks.py"]


def load() -> str:
    return "load %.1f" % os.getloadavg()[0] if hasattr(os, "getloadavg") else "load ?"


def children_cpu() -> float:
    """CPU seconds of every finished child process (with their own waited-for children)."""
    if os.name != "posix":
        return float("nan")
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_build(site_dir: str, **overrides) -> float:
    config = load_config(str(PROJECT / "mkdocs.yml"), site_dir=site_dir, strict=True, **overrides)
    started = time.perf_counter()
    build(config)
    return time.perf_counter() - started


def bare_docs(folder: Path) -> Path:
    """A copy of docs/ holding the very Markdown the hook produced (sources, outputs, tabs, boxes), and the
    generated pages: built with no hook, it renders the same pages as plain, hand-written Markdown."""
    from types import SimpleNamespace

    from mkdocs.utils import meta

    docs = folder / "docs"
    shutil.copytree(PROJECT / "docs", docs)
    pages = {}
    for page in sorted(docs.rglob("*.md")):
        src_uri = page.relative_to(docs).as_posix()
        markdown, front = meta.get_data(page.read_text())
        pages[src_uri] = markdown
        url = src_uri.removesuffix("index.md").removesuffix(".md") + ("/" if not src_uri.endswith("index.md") else "")
        fake = SimpleNamespace(meta=front, url="" if url == "/" else url, file=SimpleNamespace(src_uri=src_uri))
        expanded = hook().on_page_markdown(markdown, page=fake, config=None, files=None)
        page.write_text(page.read_text().removesuffix(markdown) + expanded if front else expanded)
    (docs / "api.md").write_text(hook().api_page(pages))
    (docs / "report.md").write_text(hook().report_page(pages))
    return docs


def fault_times() -> None:
    """How long a strict build showing each fault of tests/faults/ takes to fail."""
    sys.path.insert(0, str(PROJECT / "tests"))
    import test_faults

    for snippet in ("exits_nonzero.py", "hangs.py", "leaves_grandchild.py", "escapes_session.py", "daemonizes.py",
                    "floods.py", "syntax_error.py", "imports_broken_helper.py", "bad_option_no_space.py",
                    "spawn_killed_with_a_lock.py"):
        with tempfile.TemporaryDirectory() as tmp:
            done, took = test_faults.build(Path(tmp), snippet)
            verdict = "failed" if done.returncode else "PASSED (wrong)"
            print(f"fault {snippet:<28} {verdict} in {took:6.2f} s  ({load()})")


def main() -> None:
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    site = tempfile.mkdtemp(prefix="site-")
    snippet_runner.default_method()  # a one-off probe, not part of any build
    cpu_before = children_cpu()
    print(f"first build ...  ({load()})", flush=True)
    cold = timed_build(site)
    snippet_cpu = children_cpu() - cpu_before
    warm = min(timed_build(site) for _ in range(3))
    warm_load = load()
    with tempfile.TemporaryDirectory() as tmp:
        docs = bare_docs(Path(tmp))
        bare = min(timed_build(site, docs_dir=str(docs), hooks=[]) for _ in range(3))
    runs = sorted(hook()._results.values(), key=lambda r: r.seconds)
    total = sum(r.seconds for r in runs)
    longest = runs[-1]
    print(f"snippet runs in the build:   {len(runs)}")
    print(f"sum of snippet run times:    {total:6.2f} s")
    print(f"longest snippet run:         {longest.seconds:6.2f} s  ({longest.snippet}, Python {longest.python})")
    alone = [r for r in runs if snippet_runner.options(snippet_runner.resolve(r.snippet)).alone]
    print(f"'alone' runs, one at a time: {len(alone)}, {sum(r.seconds for r in alone):.2f} s in all")
    print(f"snippet CPU time (cold):     {snippet_cpu:6.2f} CPU-s on {os.cpu_count()} cores")
    print(f"{'first build (own cache):' if '--no-cold' in sys.argv else 'cold build:':<29}{cold:6.2f} s")
    print(f"bare render (no hook):       {bare:6.2f} s")
    ratio = warm / bare
    print(f"warm build:                  {warm:6.2f} s  = {ratio:.2f} x bare (target <= 1.25: "
          f"{'met' if ratio <= 1.25 else 'MISSED'})  ({warm_load})")
    if "--faults" in sys.argv:
        fault_times()


if __name__ == "__main__":
    main()
