"""The built site: every example rendered with its source and output, attributions, build facts, no third-party assets."""

import re
from pathlib import Path

import pytest

import mkdocs_hooks
import pictures
from snippet_runner import PROJECT, run

PAGES = sorted((PROJECT / "docs").rglob("*.md"))


def html_of(site: Path, page: Path) -> str:
    rel = page.relative_to(PROJECT / "docs").with_suffix("")
    folder = rel.parent if rel.name == "index" else rel
    return (site / folder / "index.html").read_text()


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(PROJECT / "docs").as_posix())
def test_every_example_shows_its_source_then_its_output(site, page):
    blocks = mkdocs_hooks.snippet_blocks(page.read_text())
    html = html_of(site, page)
    titles = re.findall(r'<span class="filename">([^<]+)</span>', html)
    assert [block.name for block in blocks if f"snippets/{block.name}" not in titles] == []
    outputs = re.findall(r'<div class="snippet-output highlight"><span class="filename">(Output[^<]*)</span>', html)
    assert len(outputs) == sum(len(block.requests()) for block in blocks)
    facts = re.findall(r'<p class="run-facts">Python [\d.]+ · \w+ · [\d.]+ s · exit code -?\d+ · \d+ process(?:es)?, '
                       r'none left running · ran \d{4}-\d\d-\d\d \d\d:\d\d UTC</p>', html)
    assert len(facts) == len(outputs)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(PROJECT / "docs").as_posix())
def test_every_page_says_where_its_outputs_come_from(site, page):
    text = re.sub(r"<[^>]+>", "", html_of(site, page))
    assert re.search(r"Python 3\.\d+\.\d+ \(CPython\) on \w+ \w+, \d+ CPUs, default start method \w+, (run|built) \d{4}-\d\d-\d\d", text)


@pytest.mark.parametrize("page", [p for p in PAGES if "\narticle: " in p.read_text()[:300]], ids=lambda p: p.relative_to(PROJECT / "docs").as_posix())
def test_article_pages_name_their_source(site, page):
    html = html_of(site, page)
    assert "Source: " in html and "This page follows" in html


def test_no_page_loads_anything_from_another_host(site):
    external = set()
    for html_file in site.rglob("*.html"):
        for tag in re.findall(r"<(?:script|link|img|iframe|source)\b[^>]*>", html_file.read_text()):
            for url in re.findall(r'(?:src|href)="(https?:)?//([^"/]+)', tag):
                if "rel=\"canonical\"" not in tag and url[1] not in {"127.0.0.1:8000"}:
                    external.add(url[1])
    assert external == set()


def test_each_picture_exists_and_agrees_with_the_run_it_is_drawn_from(site):
    drawn = 0
    for page in PAGES:
        for name, alt in re.findall(r'<img src="(?:\.\./)*pictures/([^"]+)" alt="([^"]+)"', html_of(site, page)):
            topic, stem, method, kind = name.removesuffix(".svg").split("--")
            svg = (site / "pictures" / name).read_text()
            output = run(f"{topic}/{stem}.py", method).output  # the cached run the page shows
            if kind == "timeline":
                assert len(re.findall(r"<rect ", svg)) == len(pictures.TASK.findall(output)) > 0
            elif kind == "speedup":
                assert len(re.findall(r"<circle ", svg)) == len(pictures.SPEEDUP.findall(output)) > 0
            else:
                assert len(re.findall(r"<rect ", svg)) == len(pictures.TREE.findall(output)) > 0
            assert alt and alt.split(":")[0] in svg  # the alt text is the picture's <title>
            drawn += 1
    assert drawn > 0


def test_every_example_is_offered_as_a_download_as_the_copy_button_gives_it(site):
    from snippet_runner import local_imports, resolve, shown_source

    for page in PAGES:
        html = html_of(site, page)
        for block in mkdocs_hooks.snippet_blocks(page.read_text()):
            path = resolve(block.name)
            for file in [path, *local_imports(path)]:
                rel = file.relative_to(PROJECT).as_posix()
                assert re.search(rf'<a href="(\.\./)*downloads/{re.escape(rel)}" download>{file.name}</a>', html), rel
                assert (site / "downloads" / rel).read_text() == shown_source(file)


def test_each_topic_zip_holds_its_examples_and_says_how_to_run_them(site):
    import zipfile

    for page in PAGES:
        for block in mkdocs_hooks.snippet_blocks(page.read_text()):
            topic = block.name.split("/")[0]
            with zipfile.ZipFile(site / "downloads" / f"{topic}.zip") as archive:
                assert f"snippets/{block.name}" in archive.namelist()
                assert f"python snippets/{block.name}\n" in archive.read("README.txt").decode()
            assert f'downloads/{topic}.zip" download>' in html_of(site, page)


def test_the_build_report_lists_every_run_of_the_build(site):
    html = (site / "report" / "index.html").read_text()
    runs = {request for page in PAGES for request in mkdocs_hooks.page_requests(page.read_text())}
    rows = re.findall(r"<tr>\s*<td[^>]*>", html)
    assert len(rows) == len(runs)
    assert re.search(r"This build ran \d+ of its \d+ snippet runs", html)


def test_a_python_this_machine_lacks_is_named_in_a_note_not_left_out_silently(monkeypatch):
    import pythons

    import snippet_runner

    own = snippet_runner.this_python()
    others = [minor for minor in pythons.VERSIONS if minor != own.minor]
    monkeypatch.setattr(pythons, "find", lambda: {minor: None for minor in pythons.VERSIONS})
    fake = snippet_runner.Result("snippets/x/y.py", own.default_method, "hello\n", 0, 0.1, None,
                                 "2026-01-01T00:00:00+00:00", own.version)
    monkeypatch.setattr(mkdocs_hooks, "_result", lambda request: fake)
    monkeypatch.setattr(mkdocs_hooks, "_download_line", lambda files: "")
    block = mkdocs_hooks.Block("pymotw/five_workers.py", (None,), tuple(pythons.VERSIONS))
    markdown = mkdocs_hooks._render(block, None, None)
    assert f'===+ "Python {own.minor} (newest)"' in markdown  # the one Python there is, marked the newest
    note = re.search(r'!!! note "Not shown: (.*)"\n    (.*)', markdown)
    assert note and note.group(1) == ", ".join(f"Python {minor}" for minor in others)
    assert "does not have" in note.group(2)


def test_an_example_this_system_cannot_run_shows_its_source_and_a_note(monkeypatch):
    import snippet_runner

    monkeypatch.setattr(snippet_runner, "POSIX", False)  # as on Windows
    markdown = mkdocs_hooks._render(mkdocs_hooks.Block("where_code_runs/in_a_terminal.py"), None, None)
    assert 'title="snippets/where_code_runs/in_a_terminal.py"' in markdown
    assert '!!! note "Not run on this build"\n    This example needs a POSIX system' in markdown
    assert "snippet-output" not in markdown


def busy_or_failed(snippet: str, problem: str):
    from snippet_runner import Result
    return Result(f"snippets/{snippet}", "fork", "", None, 0.0, problem, "2026-01-01T00:00:00+00:00", "3.11.7",
                  where=f"snippets/{snippet}")


def test_measurements_a_busy_machine_stopped_share_one_line_other_failures_keep_theirs():
    busy = "machine busy: other processes kept 1.0 CPUs busy and it did not get quiet within 60 s, so this measurement was not taken (run it again on a quiet machine)"
    lines = mkdocs_hooks.failure_lines([
        busy_or_failed("a/speedup.py", busy),
        busy_or_failed("b/broken.py", "exited with 1, expected 0 (last line: boom)"),
        busy_or_failed("c/timing.py", busy),
    ])
    assert lines == [
        "snippets/b/broken.py: exited with 1, expected 0 (last line: boom)",
        f"{busy}; 2 measurement(s) not taken: snippets/a/speedup.py, snippets/c/timing.py",
    ]
