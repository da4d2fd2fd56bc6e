"""Thin MkDocs hook: finds ``snippet`` blocks, has snippet_runner run them, renders results.

A page shows an example with one markdown-exec block::

    ```snippet exec="1"
    pymotw/five_workers.py
    ```

Before any page is rendered, every snippet the pages name runs concurrently
(cached by content). The block then renders the snippet's source (and the
source of any snippet module it imports) titled with its path, followed by
the output of that run. A failed run logs one warning naming the snippet and
the cause, which fails ``mkdocs build --strict``.
"""

from __future__ import annotations

import datetime
import html
import logging
import os
import platform
import re
from pathlib import Path

import markdown_exec
from mkdocs.exceptions import Abort

import snippet_runner as runner

log = logging.getLogger("mkdocs.hooks.snippets")

BLOCK = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})snippet\b[^\n]*\n(?P<body>.*?)^(?P=indent)(?P=fence)[ \t]*$", re.M | re.S)
ATTRIBUTION_AFTER = re.compile(r"^# .*$", re.M)

_project = runner.PROJECT
_results: dict[tuple[str, str | None], runner.Result] = {}
_articles: dict[str, dict[str, str]] = {}


def snippet_names(markdown: str) -> list[str]:
    """The snippets named by the ``snippet`` blocks of a page, in order."""
    return [m.group("body").strip() for m in BLOCK.finditer(markdown)]


def _result(name: str) -> runner.Result:
    if (name, None) not in _results:  # a page added while serving: run it now
        _results.update(runner.run_many([(name, None)], project=_project))
    return _results[(name, None)]


def _fence(language: str, text: str, **attrs: str) -> str:
    ticks = "`" * max([3, *(len(run) + 1 for run in re.findall(r"`+", text))])
    attributes = " ".join(f'{key}="{html.escape(value, quote=True)}"' for key, value in attrs.items())
    return f"{ticks}{language} {attributes}\n{text.rstrip()}\n{ticks}\n"


def format_snippet(code: str, md, **options) -> str:
    """markdown-exec formatter for the ``snippet`` language."""
    try:
        return _render(code.strip(), md)
    except Exception as error:  # superfences would silently show the block as plain text
        log.warning("snippet block %r could not be rendered: %r", code.strip(), error)
        raise


def _render(name: str, md) -> str:
    result = _result(name)
    parts = []
    if result.returncode is not None:
        path = runner.resolve(name, _project)
        for shown in [path, *runner.local_imports(path)]:
            parts.append(_fence("python", runner.shown_source(shown), title=runner._show(shown)))
    label = "Output" if result.returncode in (0, None) else f"Output (exit code {result.returncode})"
    if result.returncode is not None:
        parts.append(f'<div class="snippet-output" markdown>\n\n{_fence("text", result.output or "(no output)", title=label)}\n</div>\n')
    if not result.ok:
        log.warning("%s: %s", result.snippet, result.problem)
        parts.insert(0, f'!!! failure "This example failed to run"\n    {result.snippet}: {result.problem}\n')
    return markdown_exec.MarkdownConverter(md).convert("\n".join(parts))


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
        requests += [(name, None) for name in snippet_names(Path(file.abs_src_path).read_text())]
    _results.clear()
    _results.update(runner.run_many(requests, project=_project))
    ran = [result.snippet for result in _results.values() if not result.cached and result.ran_at]
    log.info("snippets: %d from cache, %d ran%s", len(_results) - len(ran), len(ran), f": {', '.join(ran)}" if ran else "")
    failed = [result for result in _results.values() if not result.ok]
    if failed and config.strict:
        for result in failed:
            log.warning("%s: %s", result.snippet, result.problem)
        raise Abort(f"Aborted: {len(failed)} snippet(s) failed, so no page was built.")
    return files


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
    names = snippet_names(markdown)
    results = [_result(name) for name in names]
    facts = _build_facts(results)
    if names:
        markdown += f'\n\n!!! info "Where these outputs come from"\n    Each example ran as `python <snippet>` with {facts}.\n'
    else:
        markdown += f"\n\n<small>This site: {facts}.</small>\n"
    return markdown
