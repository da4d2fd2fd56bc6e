"""Build timings, printed (not a test): cold, warm and bare-render builds of the whole site.

    python tools/benchmark.py

- cold: a strict build with an empty snippet cache (every snippet runs);
- warm: the same build again (every result comes from the cache);
- bare render: the same build with the runner replaced by the results already
  in memory, i.e. the cost of MkDocs alone;
- the sum of all snippet run times and the longest one, from the cold build;
- the CPU time the snippets' processes used in the cold build (POSIX only),
  and the cold time no schedule can beat even with every snippet running at
  once: that CPU time spread evenly over all cores, plus the bare render.

Targets on a 2-core machine: cold <= 1.5 x (longest snippet + bare render),
warm <= 1.2 x bare render. Builds run in this process (best of 3 for warm and
bare) into a temporary folder; your own .snippet-cache is left alone.
"""

import os
import sys
import tempfile
import time
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
sys.path.insert(0, str(TOOLS))
os.environ["SNIPPET_CACHE_DIR"] = tempfile.mkdtemp(prefix="snippet-cache-")
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

import logging  # noqa: E402

from mkdocs.commands.build import build  # noqa: E402
from mkdocs.config import load_config  # noqa: E402

import snippet_runner  # noqa: E402


def children_cpu() -> float:
    """CPU seconds of every finished child process (with their own waited-for children)."""
    if os.name != "posix":
        return float("nan")
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_build(site_dir: str) -> float:
    config = load_config(str(snippet_runner.PROJECT / "mkdocs.yml"), site_dir=site_dir, strict=True)
    started = time.perf_counter()
    build(config)
    return time.perf_counter() - started


def main() -> None:
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    site = tempfile.mkdtemp(prefix="site-")
    snippet_runner.default_method()  # a one-off probe, not part of any build
    cpu_before = children_cpu()
    cold = timed_build(site)
    snippet_cpu = children_cpu() - cpu_before
    warm = min(timed_build(site) for _ in range(3))

    results = {}
    real_run_many = snippet_runner.run_many

    def from_memory(requests, **options):
        missing = [r for r in requests if r not in results]
        if missing:
            results.update(real_run_many(missing, **options))
        return {r: results[r] for r in requests}

    snippet_runner.run_many = from_memory
    timed_build(site)  # fills `results` from the cache
    bare = min(timed_build(site) for _ in range(3))
    snippet_runner.run_many = real_run_many

    runs = sorted(results.values(), key=lambda r: r.seconds)
    total = sum(r.seconds for r in runs)
    longest = runs[-1]
    print(f"snippets run by the build:   {len(runs)}")
    print(f"sum of snippet run times:    {total:6.2f} s")
    print(f"longest snippet:             {longest.seconds:6.2f} s  ({longest.snippet})")
    alone = [r for r in runs if snippet_runner.options(snippet_runner.resolve(r.snippet)).alone]
    print(f"'alone' snippets, run serially: {len(alone)}, {sum(r.seconds for r in alone):.2f} s in all")
    print(f"snippet CPU time (cold):     {snippet_cpu:6.2f} CPU-s on {os.cpu_count()} cores")
    print(f"bare render (MkDocs only):   {bare:6.2f} s")
    floor = snippet_cpu / os.cpu_count() + bare
    print(f"cold lower bound:            {floor:6.2f} s  (snippet CPU / cores + bare; "
          "no schedule beats it, 'alone' or not)")
    print(f"cold build:                  {cold:6.2f} s  target <= {1.5 * (longest.seconds + bare):.2f} s "
          f"(1.5 x (longest + bare)): {'met' if cold <= 1.5 * (longest.seconds + bare) else 'MISSED'}")
    print(f"warm build:                  {warm:6.2f} s  target <= {1.2 * bare:.2f} s "
          f"(1.2 x bare): {'met' if warm <= 1.2 * bare else 'MISSED'}")


if __name__ == "__main__":
    main()
