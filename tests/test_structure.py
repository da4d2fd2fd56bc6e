"""The site's rules, checked on the files: every snippet shown and tested, nothing pasted by hand."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import mkdocs_hooks
from snippet_runner import PROJECT, local_imports, resolve

DOCS = PROJECT / "docs"
SNIPPETS = PROJECT / "snippets"
PAGES = sorted(DOCS.rglob("*.md"))
ALL_SNIPPETS = sorted(SNIPPETS.rglob("*.py"))
MAIN_GUARD = re.compile(r'^if __name__ == "__main__":', re.M)
ALLOWED_FENCES = {"snippet", "bash", "sh", "shell"}  # snippet blocks, and shell commands for a reader to type


def named_on_pages() -> dict[Path, Path]:
    """Each snippet a page names, with the page that names it."""
    named = {}
    for page in PAGES:
        for name in mkdocs_hooks.snippet_names(page.read_text()):
            named[SNIPPETS / name] = page
    return named


def front_matter(page: Path) -> dict:
    text = page.read_text()
    if not text.startswith("---\n"):
        return {}
    return yaml.safe_load(text.split("---\n", 2)[1]) or {}


def test_every_snippet_a_page_names_exists():
    missing = [f"{page.relative_to(PROJECT)} names {path.relative_to(PROJECT)}" for path, page in named_on_pages().items() if not path.is_file()]
    assert not missing


def test_every_snippet_file_is_shown_on_a_page():
    shown = set()
    for path in named_on_pages():
        if path.is_file():
            shown |= {path, *local_imports(path)}
    assert [p.relative_to(PROJECT).as_posix() for p in ALL_SNIPPETS if p not in shown] == []


def runnable(path: Path) -> bool:
    """A program a page runs: it has a __main__ guard, or a page names it (a lesson without one)."""
    return bool(MAIN_GUARD.search(path.read_text())) or path in named_on_pages()


def test_every_runnable_snippet_has_a_mirrored_test_that_runs_it():
    problems = []
    for path in filter(runnable, ALL_SNIPPETS):
        rel = path.relative_to(SNIPPETS)
        test = PROJECT / "tests" / rel.parent / f"test_{rel.name}"
        if not test.is_file():
            problems.append(f"{rel}: no {test.relative_to(PROJECT)}")
        elif rel.as_posix() not in test.read_text():
            problems.append(f"{rel}: {test.relative_to(PROJECT)} never names it")
    assert problems == []


def test_helper_modules_are_imported_by_a_snippet():
    imported = {module for path in ALL_SNIPPETS for module in local_imports(path)}
    helpers = [p for p in ALL_SNIPPETS if not runnable(p)]
    assert [p.relative_to(PROJECT).as_posix() for p in helpers if p not in imported] == []


def test_a_helper_copied_into_several_topics_is_the_same_in_each():
    """Each snippets/<topic>/ runs on its own (as its zip does), so a helper two topics use is copied: no drift."""
    by_name: dict[str, set[str]] = {}
    for path in ALL_SNIPPETS:
        if not runnable(path):
            by_name.setdefault(path.name, set()).add(path.read_text())
    assert [name for name, versions in by_name.items() if len(versions) > 1] == []


def opening_fences(text: str) -> list[str]:
    """The info string (language and options) of every fenced block in a page."""
    infos, closing = [], None
    for line in text.splitlines():
        match = re.match(r"^[ \t]*(`{3,}|~{3,})(.*)$", line)
        if not match:
            continue
        fence, info = match.groups()
        if closing is None:
            infos.append(info.strip())
            closing = fence
        elif fence.startswith(closing) and not info.strip():
            closing = None
    return infos


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_no_code_or_output_pasted_by_hand(page):
    """Code blocks come from snippets/; only shell commands for a reader to type are written inline."""
    text = page.read_text()
    languages = [re.split(r"[\s{]", info.lstrip("{. "), maxsplit=1)[0] for info in opening_fences(text)]
    assert [lang or "(no language)" for lang in languages if lang not in ALLOWED_FENCES] == []
    assert "<pre" not in text


@pytest.mark.parametrize("page", [p for p in PAGES if front_matter(p).get("article")], ids=lambda p: p.relative_to(DOCS).as_posix())
def test_article_sections_have_explicit_anchors(page):
    headings = re.findall(r"^#{1,4} .*$", page.read_text(), re.M)
    assert headings
    assert [h for h in headings if not re.search(r"\{ #[a-z0-9][a-z0-9-]* \}$", h)] == []


def test_anchors_are_unique_across_the_site():
    anchors = [a for page in PAGES for a in re.findall(r"\{ #([a-z0-9-]+) \}$", page.read_text(), re.M)]
    assert sorted({a for a in anchors if anchors.count(a) > 1}) == []


def test_prose_and_code_are_our_own_words():
    tool = PROJECT.parent / "shared" / "tools" / "own_words.py"
    if not tool.is_file():
        pytest.skip(f"the own-words check needs the shared folder beside the project ({tool} not found)")
    check = subprocess.run([sys.executable, str(tool), str(PROJECT)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout


def test_snippet_lines_fit_the_code_block_without_scrolling():
    long = [f"{p.relative_to(PROJECT)}:{n}" for p in ALL_SNIPPETS for n, line in enumerate(p.read_text().splitlines(), 1) if len(line) > 79]
    assert long == []
