"""Thin MkDocs hook: finds ``snippet`` blocks, has snippet_runner run them, renders results.

A page shows an example with one markdown-exec block::

    ```snippet exec="1"
    pymotw/five_workers.py
    ```

Options: ``title="..."`` puts a caption above the example; ``methods="all"``
(or ``methods="fork spawn"``) runs it under each start method and shows the
outputs in linked content tabs, the build's default marked;
``picture="timeline"`` (or ``speedup``, ``tree``) draws an SVG from the lines
of that same output (see pictures.py), written to ``site/pictures/``.

Before any page is rendered, every snippet the pages name runs concurrently
(cached by content). The block then renders the snippet's source (and the
source of any snippet module it imports) titled with its path, followed by
the output of that run. A failed run logs one warning naming the snippet and
the cause, which fails ``mkdocs build --strict``.
"""

from __future__ import annotations

import collections
import contextlib
import datetime
import html
import logging
import os
import platform
import re
import textwrap
import uuid
from pathlib import Path

import markdown_exec
from mkdocs.exceptions import Abort

import pictures
import snippet_runner as runner

log = logging.getLogger("mkdocs.hooks.snippets")

BLOCK = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})snippet\b(?P<info>[^\n]*)\n(?P<body>.*?)^(?P=indent)(?P=fence)[ \t]*$", re.M | re.S)
METHODS_OPTION = re.compile(r'\bmethods="([^"]*)"')
METHOD_ORDER = ("fork", "forkserver", "spawn")
ATTRIBUTION_AFTER = re.compile(r"^# .*$", re.M)

_project = runner.PROJECT
_results: dict[tuple[str, str | None], runner.Result] = {}
_articles: dict[str, dict[str, str]] = {}
_pictures: dict[str, str] = {}  # file name -> SVG, written to site/pictures/ after the build
_page_url = ""  # the page being rendered (pictures are linked relative to it)
_stash: dict[str, str] = {}  # placeholder paragraph -> HTML put in after conversion


def methods_wanted(value: str) -> list[str | None]:
    """``methods="..."``: None is the build's default; unavailable methods (fork on Windows) are left out."""
    if not value:
        return [None]
    wanted = METHOD_ORDER if value == "all" else value.split()
    return [method for method in wanted if method in runner.available_methods()]


def snippet_blocks(markdown: str) -> list[tuple[str, list[str | None]]]:
    """The snippet named by each ``snippet`` block of a page, with the start methods to show."""
    blocks = []
    for match in BLOCK.finditer(markdown):
        methods = METHODS_OPTION.search(match.group("info"))
        blocks.append((match.group("body").strip(), methods_wanted(methods.group(1) if methods else "")))
    return blocks


def snippet_names(markdown: str) -> list[str]:
    return [name for name, _ in snippet_blocks(markdown)]


def _result(name: str, method: str | None = None) -> runner.Result:
    if (name, method) not in _results:  # a page added while serving: run it now
        _results.update(runner.run_many([(name, method)], project=_project))
    return _results[(name, method)]


def _fence(language: str, text: str, close: str = "", **attrs: str) -> str:
    ticks = "`" * max([3, *(len(run) + 1 for run in re.findall(r"`+", text))])
    attributes = " ".join(f'{key}="{html.escape(value, quote=True)}"' for key, value in attrs.items())
    return f"{ticks}{language} {attributes}{close}\n{text.rstrip()}\n{ticks}\n"


def format_snippet(code: str, md, **options) -> str:
    """markdown-exec formatter for the ``snippet`` language."""
    extra = options.get("extra", {})
    try:
        return _render(code.strip(), methods_wanted(extra.get("methods", "")), extra.get("title"), extra.get("picture"), md)
    except Exception as error:  # superfences would silently show the block as plain text
        log.warning("snippet block %r could not be rendered: %r", code.strip(), error)
        raise


def _picture(result: runner.Result, kind: str) -> str:
    """An <img> of the picture drawn from this result's output."""
    if kind == "speedup":
        svg, alt = pictures.speedup(result.output, os.cpu_count() or 1)
    elif kind in ("timeline", "tree"):
        svg, alt = getattr(pictures, kind)(result.output)
    else:
        raise ValueError(f"unknown picture {kind!r} (timeline, speedup or tree)")
    snippet = Path(result.snippet)
    name = f"{snippet.parent.name}--{snippet.stem}--{result.method}--{kind}.svg"
    _pictures[name] = svg
    up = "../" * _page_url.count("/")
    # A raw <figure> inside a content tab would be wrapped in <p>: insert it after conversion.
    token = f"picture-{uuid.uuid4().hex}"
    _stash[f"<p>{token}</p>"] = (
        f'<figure class="snippet-picture">\n<img src="{up}pictures/{name}" alt="{html.escape(alt, quote=True)}">\n'
        f"<figcaption>Drawn from the output above, of this same run.</figcaption>\n</figure>"
    )
    return token


def _output(result: runner.Result, picture: str | None = None) -> str:
    label = "Output" if result.returncode in (0, None) else f"Output (exit code {result.returncode})"
    block = _fence("{ .text .snippet-output", result.output or "(no output)", title=label, close=" }")
    if picture and result.ok:
        block += "\n" + _picture(result, picture) + "\n"
    if not result.ok:
        log.warning("%s", result.headline)
        block = f'!!! failure "This example failed to run"\n    {result.headline}\n\n' + block
    return block


def _unavailable_method(name: str) -> str | None:
    """The start method a snippet sets for itself, if this platform lacks it (fork on Windows)."""
    try:
        method = runner.own_method(runner.resolve(name, _project))
    except runner.SnippetError:
        return None
    return method if method and method not in runner.available_methods() else None


def _render(name: str, methods: list[str | None], title: str | None, picture: str | None, md) -> str:
    parts = [f"**{title}**\n"] if title else []
    missing = _unavailable_method(name)
    if missing:  # an honest note instead of a failed build on, say, Windows
        path = runner.resolve(name, _project)
        parts.append(_fence("python", runner.shown_source(path), title=runner._show(path)))
        parts.append(f'!!! note "Not run on this build"\n    This example uses the {missing} start method, '
                     f"which {platform.system()} does not have.\n")
        return markdown_exec.MarkdownConverter(md).convert("\n".join(parts))
    results = {method: _result(name, method) for method in methods}
    with contextlib.suppress(runner.SnippetError):  # a file that cannot be read as Python: its failure shows below
        path = runner.resolve(name, _project)
        for shown in [path, *runner.local_imports(path)]:
            parts.append(_fence("python", runner.shown_source(shown), title=runner._show(shown)))
    if len(results) == 1:
        parts.append(_output(next(iter(results.values())), picture))
    else:
        default = runner.default_method()
        for method, result in results.items():
            label = f"{method} (default)" if method == default else method
            parts.append(f'=== "{label}"\n\n' + textwrap.indent(_output(result, picture), "    "))
    converted = markdown_exec.MarkdownConverter(md).convert("\n".join(parts), stash=dict(_stash))
    _stash.clear()
    return converted


def on_config(config, **kwargs):
    global _project
    _project = Path(config.config_file_path).resolve().parent
    markdown_exec.formatters["snippet"] = format_snippet
    _articles.clear()
    _articles.update(config.extra.get("articles", {}))
    return config


def on_files(files, config, **kwargs):
    """Run every snippet the pages name, concurrently, before rendering anything.

    In strict mode a failed snippet stops the build here, before any page is
    written, with one line per failure.
    """
    requests = []
    for file in files.documentation_pages():
        for name, methods in snippet_blocks(Path(file.abs_src_path).read_text()):
            if not _unavailable_method(name):
                requests += [(name, method) for method in methods]
    _results.clear()
    _results.update(runner.run_many(requests, project=_project))
    _log_runs(_results.values())
    failed = [result for result in _results.values() if not result.ok]
    if failed and config.strict:
        for result in failed:
            log.error("%s", result.headline)
        raise Abort(f"Aborted: {len(failed)} snippet(s) failed, so no page was built.")
    return files


def _log_runs(results) -> None:
    """What happened to each run: one summary line per start method, one line per run that did not come from the cache."""
    by_method: dict[str, collections.Counter] = {}
    for result in results:
        outcome = "failed" if not result.ok else result.status
        by_method.setdefault(result.method or "?", collections.Counter())[outcome] += 1
        if result.status != "cached":
            state = f"failed: {result.problem}" if not result.ok else f"ran in {result.seconds:.2f} s"
            log.info("snippet %s [%s, Python %s]: %s", result.snippet, result.method or "?", result.python, state)
    for method, counts in sorted(by_method.items()):
        log.info("snippets under %s: %s", method, ", ".join(f"{counts[k]} {k}" for k in ("cached", "ran", "failed", "not run") if counts[k]))


def _build_facts(results: list[runner.Result]) -> str:
    """Python, OS, CPUs, default start method, and when the outputs were produced."""
    dates = sorted({r.ran_at[:10] for r in results if r.ran_at})
    if not dates:
        when = f"built {datetime.date.today().isoformat()}"
    else:
        when = f"run {dates[0]}" if len(dates) == 1 else f"run {dates[0]} to {dates[-1]}"
    return (
        f"Python {platform.python_version()} ({platform.python_implementation()}) on "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"default start method `{runner.default_method()}`, {when}"
    )


def on_page_markdown(markdown, page, config, files, **kwargs):
    global _page_url
    _page_url = page.url
    article = page.meta.get("article")
    if article is not None:
        source = _articles.get(article)
        if source is None:
            log.warning("%s: unknown article id %r (add it to extra.articles in mkdocs.yml)", page.file.src_uri, article)
        else:
            named = f'[{source["title"]}]({source["url"]})' if source.get("url") else f'*{source["title"]}*'
            note = (
                f'!!! quote "Source: {source["title"]}"\n'
                f'    This page follows {named} by {source["author"]}: '
                "the same lessons and examples, in our own words and code. "
                "Every output below was produced by running the example while this site was built.\n"
            )
            heading = ATTRIBUTION_AFTER.search(markdown)
            at = heading.end() if heading else 0
            markdown = f"{markdown[:at]}\n\n{note}\n{markdown[at:]}"
    results = [
        _result(name, method)
        for name, methods in snippet_blocks(markdown)
        if not _unavailable_method(name)
        for method in methods
    ]
    facts = _build_facts(results)
    if results:
        markdown += f'\n\n!!! info "Where these outputs come from"\n    Each example ran as `python <snippet>` with {facts}.\n'
    else:
        markdown += f"\n\n<small>This site: {facts}.</small>\n"
    return markdown


def on_post_build(config, **kwargs):
    folder = Path(config.site_dir) / "pictures"
    folder.mkdir(exist_ok=True)
    for name, svg in _pictures.items():
        (folder / name).write_text(svg)
