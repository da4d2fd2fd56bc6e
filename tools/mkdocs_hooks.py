"""Thin MkDocs hook: finds ``snippet`` blocks, has snippet_runner run them, renders results.

A page shows an example with one ``snippet`` block::

    ```snippet exec="1"
    pymotw/five_workers.py
    ```

Options:

* ``title="..."`` puts a caption above the example;
* ``methods="all"`` (or ``methods="fork spawn"``) runs it under each start
  method and shows the outputs in linked content tabs;
* ``pythons="all"`` (or ``pythons="3.13 3.14"``) runs it under each Python of
  pythons.txt that this machine has (tools/pythons.py) and shows the outputs
  in linked tabs, the newest marked; a version the machine lacks is named in
  a note under the tabs, never silently left out;
* ``picture="timeline"`` (or ``speedup``, ``tree``) draws an SVG from the
  lines of that same output (see pictures.py), written to ``site/pictures/``.

Before any page is rendered, every snippet the pages name runs concurrently
(cached by content). Each block is then replaced, in the page's Markdown, by
the snippet's source (and the source of any snippet module it imports)
titled with its path, a download line, the output of that run and one line
of run facts; the page's own Markdown renders it all in one pass. A failed run logs one line
naming the snippet and the cause, which fails ``mkdocs build --strict``.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import datetime
import html
import logging
import os
import platform
import posixpath
import re
import textwrap
import uuid
import zipfile
from pathlib import Path

from mkdocs.exceptions import Abort
from mkdocs.structure.files import File

import api_index
import pictures
import pythons
import snippet_runner as runner

log = logging.getLogger("mkdocs.hooks.snippets")

BLOCK = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})snippet\b(?P<info>[^\n]*)\n(?P<body>.*?)^(?P=indent)(?P=fence)[ \t]*$", re.M | re.S)
OPTION = re.compile(r'\b(?P<key>exec|methods|pythons|title|picture)="(?P<value>[^"]*)"')
METHOD_ORDER = ("fork", "forkserver", "spawn")
ATTRIBUTION_AFTER = re.compile(r"^# .*$", re.M)
HEADING = re.compile(r"^(?P<level>#{1,6}) (?P<title>.*?)\s*\{ #(?P<anchor>[a-z0-9-]+) \}\s*$", re.M)
GENERATED = ("api.md", "report.md")  # pages this hook writes at build time

_project = runner.PROJECT
_results: dict[tuple, runner.Result] = {}
_articles: dict[str, dict[str, str]] = {}
_pictures: dict[str, str] = {}  # file name -> SVG, written to site/pictures/ after the build
_page_url = ""  # the page being rendered (pictures are linked relative to it)
_stash: dict[str, str] = {}  # placeholder paragraph -> HTML put in after conversion
_downloads: set[Path] = set()  # snippet files shown on the pages, offered as downloads
_programs: set[Path] = set()  # those that a block names (the others are modules they import)


@dataclasses.dataclass(frozen=True)
class Block:
    """One ``snippet`` block: the snippet, and the start methods and Pythons to show it under."""

    name: str
    methods: tuple[str | None, ...] = (None,)  # None: the interpreter's default
    pythons: tuple[str | None, ...] = (None,)  # minor versions; None: the build's own interpreter

    def requests(self) -> list[tuple]:
        """(snippet, method, interpreter) for every run this block shows; missing Pythons are left out."""
        return [(self.name, method, python) for python in interpreters(self.pythons) for method in self.methods]


def methods_wanted(value: str) -> tuple[str | None, ...]:
    """``methods="..."``: None is the build's default; unavailable methods (fork on Windows) are left out."""
    if not value:
        return (None,)
    wanted = METHOD_ORDER if value == "all" else value.split()
    return tuple(method for method in wanted if method in runner.available_methods())


def pythons_wanted(value: str) -> tuple[str | None, ...]:
    """``pythons="..."``: the minor versions asked for, in pythons.txt order."""
    if not value:
        return (None,)
    wanted = pythons.VERSIONS if value == "all" else value.split()
    unknown = [minor for minor in wanted if minor not in pythons.VERSIONS]
    if unknown:
        raise ValueError(f"pythons={value!r}: {', '.join(unknown)} not in pythons.txt")
    return tuple(wanted)


def interpreters(minors: tuple[str | None, ...]) -> list[runner.Python | None]:
    """The interpreters for these minor versions that this machine has; the build's own is None."""
    own = runner.this_python().minor
    found = pythons.find()
    return [None if minor in (None, own) else found[minor] for minor in minors if minor in (None, own) or found.get(minor)]


def missing_pythons(minors: tuple[str | None, ...]) -> list[str]:
    own = runner.this_python().minor
    return [minor for minor in minors if minor not in (None, own) and not pythons.find().get(minor)]


def snippet_blocks(markdown: str) -> list[Block]:
    """Every ``snippet`` block of a page."""
    blocks = []
    for match in BLOCK.finditer(markdown):
        options = {m.group("key"): m.group("value") for m in OPTION.finditer(match.group("info"))}
        blocks.append(Block(match.group("body").strip(), methods_wanted(options.get("methods", "")),
                            pythons_wanted(options.get("pythons", ""))))
    return blocks


def snippet_names(markdown: str) -> list[str]:
    return [block.name for block in snippet_blocks(markdown)]


def _result(request: tuple) -> runner.Result:
    if request not in _results:  # a page added while serving: run it now
        _results.update(runner.run_many([request], project=_project))
    return _results[request]


def _fence(language: str, text: str, close: str = "", **attrs: str) -> str:
    ticks = "`" * max([3, *(len(run) + 1 for run in re.findall(r"`+", text))])
    attributes = " ".join(f'{key}="{html.escape(value, quote=True)}"' for key, value in attrs.items())
    return f"{ticks}{language} {attributes}{close}\n{text.rstrip()}\n{ticks}\n"


def expand_blocks(markdown: str) -> str:
    """The page with each ``snippet`` block replaced by the Markdown that shows it (sources, outputs, tabs).

    The page's own Markdown then renders everything in one pass, as it would
    render the same blocks written by hand (``make bench`` compares the two).
    """

    def expand(match: re.Match) -> str:
        options = {m.group("key"): m.group("value") for m in OPTION.finditer(match.group("info"))}
        unknown = set(re.findall(r'\b(\w+)="', match.group("info"))) - set(options)
        if unknown:
            raise ValueError(f"snippet block {match.group('body').strip()!r}: unknown option(s) {sorted(unknown)}")
        block = Block(match.group("body").strip(), methods_wanted(options.get("methods", "")),
                      pythons_wanted(options.get("pythons", "")))
        return textwrap.indent(_render(block, options.get("title"), options.get("picture")), match.group("indent"))

    return BLOCK.sub(expand, markdown)


def _picture(result: runner.Result, kind: str, python: runner.Python | None) -> str:
    """An <img> of the picture drawn from this result's output."""
    if kind == "speedup":
        svg, alt = pictures.speedup(result.output, os.cpu_count() or 1)
    elif kind in ("timeline", "tree"):
        svg, alt = getattr(pictures, kind)(result.output)
    else:
        raise ValueError(f"unknown picture {kind!r} (timeline, speedup or tree)")
    snippet = Path(result.snippet)
    version = f"--{python.minor}" if python else ""
    name = f"{snippet.parent.name}--{snippet.stem}--{result.method}{version}--{kind}.svg"
    _pictures[name] = svg
    up = "../" * _page_url.count("/")
    # A raw <figure> inside a content tab would be wrapped in <p>: insert it after conversion.
    token = f"picture-{uuid.uuid4().hex}"
    _stash[f"<p>{token}</p>"] = (
        f'<figure class="snippet-picture">\n<img src="{up}pictures/{name}" alt="{html.escape(alt, quote=True)}">\n'
        f"<figcaption>Drawn from the output above, of this same run.</figcaption>\n</figure>"
    )
    return token


def run_facts(result: runner.Result) -> str:
    """One line under an output: the run's Python, method, time, exit code, processes, date."""
    if result.status == "not run":
        return ""
    left = "none left running" if result.ok or result.left_running == 0 else f"{result.left_running} left running (killed)"
    when = result.ran_at[:16].replace("T", " ")
    return (f"Python {result.python} · {result.method} · {result.seconds:.2f} s · exit code {result.returncode} · "
            f"{result.processes} process{'es' if result.processes != 1 else ''}, {left} · ran {when} UTC")


def _output(result: runner.Result, picture: str | None, python: runner.Python | None, default: str | None) -> str:
    notes = []
    if default:
        notes.append(default)
    if result.returncode not in (0, None):
        notes.append(f"exit code {result.returncode}")
    label = f"Output ({'; '.join(notes)})" if notes else "Output"
    block = _fence("{ .text .snippet-output", result.output or "(no output)", title=label, close=" }")
    facts = run_facts(result)
    if facts:
        block += f'\n<p class="run-facts">{html.escape(facts)}</p>\n'
    if picture and result.ok:
        block += "\n" + _picture(result, picture, python) + "\n"
    if not result.ok:
        log.warning("%s", result.headline)
        block = f'!!! failure "This example failed to run"\n    {html.escape(result.headline)}\n\n' + block
    return block


def _not_here(name: str) -> str | None:
    """Why this platform cannot run the snippet, if it cannot (fork on Windows, a POSIX-only example)."""
    try:
        path = runner.resolve(name, _project)
        method, posix_only = runner.own_method(path), runner.options(path).posix
    except runner.SnippetError:
        return None
    if method and method not in runner.available_methods():
        return f"This example uses the {method} start method, which {platform.system()} does not have."
    if posix_only and not runner.POSIX:
        return f"This example needs a POSIX system (Linux, macOS): {platform.system()} lacks what it uses."
    return None


def _tabs(labelled: list[tuple[str, str]], selected: str | None = None) -> str:
    return "\n".join(f'==={"+" if label == selected else ""} "{label}"\n\n' + textwrap.indent(body, "    ")
                     for label, body in labelled)


def _method_outputs(block: Block, python: runner.Python | None, picture: str | None) -> str:
    results = {method: _result((block.name, method, python)) for method in block.methods}
    if len(results) == 1:
        return _output(next(iter(results.values())), picture, python, None)
    default = (python or runner.this_python()).default_method
    return _tabs([(method, _output(result, picture, python, "the default" if method == default else None))
                  for method, result in results.items()])


def _site_root() -> str:
    """The site root, relative to the page being rendered."""
    return "../" * _page_url.count("/")


def _download_line(files: list[Path]) -> str:
    _downloads.update(files)
    _programs.add(files[0])
    links = ", ".join(f'<a href="{_site_root()}downloads/{runner._show(file)}" download>{file.name}</a>' for file in files)
    return f'<p class="snippet-download">Download {links}</p>\n'


def python_label(minor: str, newest: str) -> str:
    return f"Python {minor}" + (" (newest)" if minor == newest else "")


def _render(block: Block, title: str | None, picture: str | None) -> str:
    parts = [f"**{title}**\n"] if title else []
    why_not = _not_here(block.name)
    if why_not:  # an honest note instead of a failed build on, say, Windows
        path = runner.resolve(block.name, _project)
        parts.append(_fence("python", runner.shown_source(path), title=runner._show(path)))
        parts.append(f'!!! note "Not run on this build"\n    {why_not}\n')
        return "\n".join(parts)
    with contextlib.suppress(runner.SnippetError):  # a file that cannot be read as Python: its failure shows below
        path = runner.resolve(block.name, _project)
        shown = [path, *runner.local_imports(path)]
        for file in shown:
            parts.append(_fence("python", runner.shown_source(file), title=runner._show(file)))
        parts.append(_download_line(shown + [f for f in runner.needed_files(path) if f not in shown]))
    if block.pythons == (None,):
        parts.append(_method_outputs(block, None, picture))
    else:
        own = runner.this_python()
        shown = [(minor, python) for minor, python in zip(
            [m for m in block.pythons if m not in missing_pythons(block.pythons)], interpreters(block.pythons))]
        newest = shown[-1][0] if shown else None
        parts.append(_tabs([(python_label(minor, newest), _method_outputs(block, python, picture))
                            for minor, python in shown], selected=python_label(newest, newest) if newest else None))
        absent = missing_pythons(block.pythons)
        if absent:
            names = ", ".join(f"Python {minor}" for minor in absent)
            parts.append(f'!!! note "Not shown: {names}"\n    The machine that built this page (Python '
                         f"{own.version} on {platform.system()}) does not have {names}, so no output of "
                         f"{'it' if len(absent) == 1 else 'them'} is shown. `make pythons` installs every "
                         "version of pythons.txt.\n")
    return "\n".join(parts) + "\n"


def on_config(config, **kwargs):
    global _project
    _project = Path(config.config_file_path).resolve().parent
    _articles.clear()
    _articles.update(config.extra.get("articles", {}))
    return config


def page_requests(markdown: str) -> list[tuple]:
    return [request for block in snippet_blocks(markdown) if not _not_here(block.name)
            for request in block.requests()]


def on_files(files, config, **kwargs):
    """Run every snippet the pages name, concurrently, before rendering anything.

    In strict mode a failed snippet stops the build here, before any page is
    written, with one line per failure.
    """
    requests = []
    for file in files.documentation_pages():
        requests += page_requests(Path(file.abs_src_path).read_text(encoding="utf-8"))
    _results.clear()
    _results.update(runner.run_many(requests, project=_project))
    _log_runs(_results.values())
    pages = {file.src_uri: Path(file.abs_src_path).read_text(encoding="utf-8") for file in files.documentation_pages()
             if file.src_uri not in GENERATED}
    for name, write in (("api.md", api_page), ("report.md", report_page)):
        if name in _in_nav(config.nav) and files.get_file_from_path(name) is None:
            files.append(File.generated(config, name, content=write(pages)))
    failed = [result for result in _results.values() if not result.ok]
    if failed and config.strict:
        for line in failure_lines(failed):
            log.error("%s", line)
        raise Abort(f"Aborted: {len(failed)} snippet(s) failed, so no page was built.")
    return files


def failure_lines(failed: list) -> list[str]:
    """One line per failed snippet, naming it and the cause; measurements not taken
    because the machine was busy share one line: the cause is the machine, not a snippet."""
    busy = [result for result in failed if result.problem.startswith("machine busy")]
    lines = [result.headline for result in failed if result not in busy]
    if busy:
        names = ", ".join(result.where or result.snippet for result in busy)
        lines.append(f"{busy[0].problem}; {len(busy)} measurement(s) not taken: {names}")
    return lines


def _in_nav(nav) -> set[str]:
    """Every file the nav names (the generated pages are written only where the nav asks for them)."""
    if isinstance(nav, str):
        return {nav}
    if isinstance(nav, dict):
        return set().union(*map(_in_nav, nav.values()))
    if isinstance(nav, list):
        return set().union(*map(_in_nav, nav)) if nav else set()
    return set()


def page_title(markdown: str) -> str:
    heading = re.search(r"^# (.*?)(?:\s*\{ #[a-z0-9-]+ \})?\s*$", markdown, re.M)
    return heading.group(1) if heading else "?"


def blocks_by_section(markdown: str) -> list[tuple[Block, str, str]]:
    """Each snippet block with the heading it sits under: (block, heading title, anchor)."""
    found = []
    for match in BLOCK.finditer(markdown):
        headings = list(HEADING.finditer(markdown, 0, match.start()))
        title, anchor = (headings[-1].group("title"), headings[-1].group("anchor")) if headings else ("", "")
        found.extend((block, title, anchor) for block in snippet_blocks(match.group(0)))
    return found


def api_page(pages: dict[str, str]) -> str:
    """docs/api.md: every multiprocessing / concurrent.futures name the examples use, with links to them."""
    uses: dict[str, dict[str, dict[str, str]]] = {}  # name -> page title -> {link: section title}
    for src_uri, markdown in sorted(pages.items()):
        short = page_title(markdown).split(":")[0]
        for block, title, anchor in blocks_by_section(markdown):
            try:
                path = runner.resolve(block.name, _project)
                names = set().union(*(api_index.names_used(file) for file in [path, *runner.local_imports(path)]))
            except (runner.SnippetError, SyntaxError):
                continue  # its failure is reported where the page shows it
            for name in names:
                uses.setdefault(name, {}).setdefault(short, {})[f"{src_uri}#{anchor}"] = title or short
    lines = [
        "---", "description: Every multiprocessing and concurrent.futures name the examples use, with links to "
        "each section whose example uses it.", "search:", "  boost: 0.2  # the sections it links to answer better",
        "---", "", "# API index { #api-index }", "",
        "Every `multiprocessing` and `concurrent.futures` name that an example on this site uses, with a link",
        "to each section whose example uses it. The build writes this page from the examples' code (read",
        "with Python's `ast` module), so it cannot drift from them. A method counts where the example calls",
        "it on an object it made itself (`pool.imap()` after `with Pool() as pool`); calls on a function's",
        "parameters are not followed.", "",
    ]
    for group in [*api_index.GROUPS, "Other"]:
        names = sorted((n for n in uses if api_index.group_of(n) == group), key=lambda n: (n.split(".")[0], n))
        if not names:
            continue
        anchor = "api-" + re.sub(r"[^a-z0-9]+", "-", group.lower()).strip("-")
        lines += [f"## {group} {{ #{anchor} }}", "", '<div class="api-index" markdown>', "",
                  "| name | examples, by page |", "| --- | --- |"]
        for name in names:
            by_page = "; ".join(f"**{page}**: " + ", ".join(f"[{title}]({link})" for link, title in links.items())
                                for page, links in sorted(uses[name].items()))
            lines.append(f"| `{name}` | {by_page} |")
        lines += ["", "</div>"]
        lines.append("")
    return "\n".join(lines)


def report_page(pages: dict[str, str]) -> str:
    """docs/report.md: every run of this build, sortable by time."""
    shown_at = {}
    for src_uri, markdown in pages.items():
        for block, _, anchor in blocks_by_section(markdown):
            shown_at.setdefault(block.name, f"{src_uri}#{anchor}" if anchor else src_uri)
    results = sorted(_results.items(), key=lambda item: -item[1].seconds)
    rows = []
    for (name, _, _), result in results:
        state = "failed" if not result.ok else result.status
        short = result.snippet.removeprefix("snippets/")
        link = f"[{short}]({shown_at[name]})" if name in shown_at else f"`{short}`"
        rows.append(f"| {link} | {result.python} {result.method or ''} | {result.seconds:.2f} | {state} | "
                    f"{result.processes} | {'-' if result.returncode is None else result.returncode} | "
                    f"{result.ran_at[:10] or '-'} |")
    ran = [r for r in _results.values() if r.status == "ran"]
    own = runner.this_python()
    return "\n".join([
        "---", "description: Every snippet run of this build, with its time, start method, Python, processes and "
        "whether it ran or came from the cache.", "search:", "  exclude: true", "---", "", "# Build report { #build-report }", "",
        f"This build ran {len(ran)} of its {len(_results)} snippet runs and took the other "
        f"{len(_results) - len(ran)} from its cache (a run is cached by the content of the snippet and its modules, "
        "the Python, the start method and the machine). It was built with Python "
        f"{own.version} on {platform.system()} {platform.machine()}, {os.cpu_count()} CPUs. Times are wall "
        "seconds of the main process; *processes* counts every process the run started, the main one included; "
        "snippets are named by their path under `snippets/`. "
        "Click a column heading to sort by it.", "",
        '<div class="sortable" markdown>', "",
        "| snippet | Python, start method | seconds | state | processes | exit | ran on |",
        "| --- | --- | ---: | --- | ---: | ---: | --- |",
        *rows, "", "</div>", "",
    ])


def _log_runs(results) -> None:
    """What happened: one line per run that did not come from the cache, one summary per Python and start method."""
    counts: dict[str, collections.Counter] = {}
    for result in results:
        outcome = "failed" if not result.ok else result.status
        counts.setdefault(f"Python {result.python}, {result.method or '?'}", collections.Counter())[outcome] += 1
        if result.status != "cached":
            state = f"failed: {result.problem}" if not result.ok else f"ran in {result.seconds:.2f} s"
            log.info("snippet %s [%s, Python %s]: %s", result.snippet, result.method or "?", result.python, state)
    for key, count in sorted(counts.items()):
        log.info("snippets under %s: %s", key,
                 ", ".join(f"{count[k]} {k}" for k in ("cached", "ran", "failed", "not run") if count[k]))


def _build_facts(results: list[runner.Result]) -> str:
    """Python, OS, CPUs, default start method, when the outputs were produced, and the other Pythons used."""
    dates = sorted({r.ran_at[:10] for r in results if r.ran_at})
    if not dates:
        when = f"built {datetime.date.today().isoformat()}"
    else:
        when = f"run {dates[0]}" if len(dates) == 1 else f"run {dates[0]} to {dates[-1]}"
    own = runner.this_python()
    facts = (
        f"Python {own.version} ({platform.python_implementation()}) on "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"default start method `{own.default_method}`, {when}"
    )
    others = sorted({r.python for r in results if r.python and r.python != own.version},
                    key=lambda v: tuple(int(p) for p in v.split(".") if p.isdigit()))
    if others:
        sources = {i.version: i.source for i in pythons.find().values() if i}
        facts += "; the version tabs also ran " + ", ".join(
            f"Python {v}" + (f" ({sources[v]})" if v in sources else "") for v in others)
    return facts


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
    results = [_result(request) for request in page_requests(markdown)]
    facts = _build_facts(results)
    names = snippet_names(markdown)
    markdown = expand_blocks(markdown)
    if results:
        topics = sorted({Path(name).parts[0] for name in names})
        zips = ", ".join(f'<a href="{_site_root()}downloads/{topic}.zip" download>{topic}.zip</a>' for topic in topics)
        markdown += (
            f'\n\n!!! info "Where these outputs come from"\n    Each example ran as `python <snippet>` with {facts}.'
            f"\n\n    Every example of this page, with the modules it imports: {zips}. Unzip it and run, for "
            f"example, `python snippets/{names[0]}`."
        )
        if config is None or "report.md" in _in_nav(config.nav):
            report = posixpath.relpath("report.md", posixpath.dirname(page.file.src_uri) or ".")
            markdown += f" The [build report]({report}) lists every run of this build with its time."
        markdown += "\n"
    else:
        markdown += f"\n\n<small>This site: {facts}.</small>\n"
    return markdown


def on_page_content(html_text, page, config, files, **kwargs):
    """Put the pictures in, after conversion (a raw <figure> inside a content tab would be wrapped in <p>)."""
    for token, figure in _stash.items():
        html_text = html_text.replace(token, figure)
    return html_text


def on_post_build(config, **kwargs):
    folder = Path(config.site_dir) / "pictures"
    folder.mkdir(exist_ok=True)
    for name, svg in _pictures.items():
        (folder / name).write_text(svg)
    write_downloads(Path(config.site_dir) / "downloads", _downloads, _programs)


def write_downloads(folder: Path, files: set[Path], programs: set[Path]) -> None:
    """Each shown snippet as the reader copies it (no option line), and one zip per snippets/<topic>/."""
    by_topic: dict[str, list[Path]] = collections.defaultdict(list)
    for file in sorted(files):
        rel = runner._show(file)
        target = folder / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(runner.shown_source(file), encoding="utf-8")
        by_topic[Path(rel).parts[1]].append(file)
    for topic, topic_files in by_topic.items():
        with zipfile.ZipFile(folder / f"{topic}.zip", "w", zipfile.ZIP_DEFLATED) as archive:
            for file in topic_files:  # fixed dates: the same examples give the same zip
                info = zipfile.ZipInfo(runner._show(file), date_time=(2000, 1, 1, 0, 0, 0))
                archive.writestr(info, runner.shown_source(file))
            readme = ["These examples come from Multiprocessing by Example. Run each one from this folder:", ""]
            readme += [f"    python {runner._show(f)}" for f in topic_files if f in programs]
            archive.writestr(zipfile.ZipInfo("README.txt", date_time=(2000, 1, 1, 0, 0, 0)), "\n".join(readme) + "\n")
