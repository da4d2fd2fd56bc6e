"""The anchor registry (tests/anchors.json), checked on the files: no browser needed.

The browser tests (tests/browser) check that each registered anchor also
scrolls into view when a reader opens its link.
"""

import re

from anchors import anchors_on_pages, registry

from browser.searches import SEARCHES


def test_every_heading_anchor_is_registered():
    assert [a for a in anchors_on_pages() if a not in registry()] == [], "run python tools/anchors.py --update"


def test_every_registered_anchor_is_on_its_built_page_once(site):
    problems = []
    for anchor in registry():
        path, fragment = anchor.split("#")
        html = (site / path / "index.html").read_text() if (site / path / "index.html").is_file() else ""
        found = len(re.findall(rf"""\sid=["']?{re.escape(fragment)}["'\s>]""", html))
        if found != 1:
            problems.append(f"{anchor}: found {found} times")
    assert problems == [], "keep a removed anchor with an alias (see CONTRIBUTING.md)"


def test_search_targets_are_registered_anchors():
    assert [target for _, target in SEARCHES if target not in registry()] == []
