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
