"""What a reader gets in a real browser: pages, deep links, search, copy, colour scheme, tabs, accessibility."""

import json
import re

import pytest

from snippet_runner import PROJECT, shown_source

from .conftest import ARTIFACTS, site_pages

REGISTRY = json.loads((PROJECT / "tests" / "anchors.json").read_text())


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_loads_without_errors_or_third_party_requests(site, base_url, browser, scheme):
    """Also saves a full-page screenshot of each page in each colour scheme to test-artifacts/."""
    pages = site_pages(site)
    assert len(pages) >= 8
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    outside, errors = [], []
    page.on("request", lambda r: None if r.url.startswith((base_url, "data:")) else outside.append(r.url))
    page.on("console", lambda m: errors.append(f"{m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for path in pages:
        response = page.goto(base_url + path, wait_until="networkidle")
        assert response.status == 200, path
        expected = "slate" if scheme == "dark" else "default"
        assert page.get_attribute("body", "data-md-color-scheme") == expected
        name = path.strip("/").replace("/", "-") or "home"
        page.screenshot(path=str(ARTIFACTS / f"{name}-{scheme}.png"), full_page=True)
    context.close()
    assert outside == [] and errors == []


@pytest.mark.parametrize("anchor", REGISTRY)
def test_registered_anchor_exists_and_scrolls_into_view(base_url, page, anchor):
    path, fragment = anchor.split("#")
    page.goto(f"{base_url}{path}#{fragment}", wait_until="networkidle")
    target = page.locator(f"[id='{fragment}']")
    assert target.count() == 1, f"{anchor} is gone: keep it with an alias (see CONTRIBUTING.md)"
    assert target.first.is_visible()
    page.wait_for_timeout(200)
    box = target.first.bounding_box()
    assert box is not None and 0 <= box["y"] < 900, f"{anchor} is not in view (y={box and box['y']})"


def test_every_heading_anchor_is_registered():
    from anchors import anchors_on_pages

    assert [a for a in anchors_on_pages() if a not in REGISTRY] == [], "run python tools/anchors.py --update"


SEARCHES = [  # (what a reader types, the section that must be among the first results)
    ("terminate", "pymotw/#terminating-processes"),
    ("join timeout", "coderzcolumn/processes/#join-timeout-still-running"),
    ("exitcode", "pymotw/#exit-codes"),
    ("daemon", "pymotw/#daemon-processes"),
    ("kill", "coderzcolumn/processes/#kill-children"),
    ("apply_async", "coderzcolumn/pool/#pool-apply-async"),
    ("map_async", "coderzcolumn/pool/#pool-map-async"),
    ("starmap_async", "coderzcolumn/pool/#pool-starmap-async"),
    ("starmap", "coderzcolumn/pool/#pool-starmap"),
    ("imap_unordered", "coderzcolumn/pool/#pool-imap-unordered"),
    ("imap", "coderzcolumn/pool/#pool-imap"),
    ("initializer", "coderzcolumn/pool/#pool-initializer"),
    ("close join", "coderzcolumn/pool/#pool-close-join"),
    ("Barrier", "practical-demonstrations/#barrier-and-lock"),
    ("is_alive", "rommel/#zombie-until-joined"),
    ("set_start_method", "coderzcolumn/processes/#process-facts-fork"),
    ("zombie", "rommel/#zombie-until-joined"),
    ("spawn", "start-methods/#what-each-method-does"),
]


def test_search_targets_are_registered_anchors():
    assert [target for _, target in SEARCHES if target not in REGISTRY] == []


@pytest.mark.parametrize(("query", "target"), SEARCHES)
def test_search_finds_the_section(base_url, page, query, target):
    page.goto(base_url, wait_until="networkidle")
    page.locator("input.md-search__input").click()
    page.keyboard.type(query, delay=20)  # real key presses: search runs on each one
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    # the first three pages in the results, with the sections listed under each
    links = page.eval_on_selector_all(
        ".md-search-result__list > .md-search-result__item:nth-child(-n+3) a.md-search-result__link",
        "els => els.map(e => e.getAttribute('href'))",
    )
    # e.g. http://127.0.0.1:PORT/pymotw/?h=terminate#terminating-processes -> pymotw/#terminating-processes
    found = [re.sub(r"\?[^#]*", "", href.removeprefix(base_url)) for href in links]
    assert target in found, f"{query!r}: {target} not in the first results {found}"


def test_copy_button_copies_exactly_the_snippet_source(context, base_url):
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    page = context.new_page()
    page.goto(base_url + "coderzcolumn/pool/", wait_until="networkidle")
    block = page.locator(".highlight", has=page.locator("span.filename", has_text="snippets/coderzcolumn/pool_imap.py"))
    block.hover()
    block.locator("button[data-md-type='copy']").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    source = shown_source(PROJECT / "snippets" / "coderzcolumn" / "pool_imap.py")
    assert "# snippet:" not in copied
    assert copied.rstrip("\n") == source.rstrip("\n")


def test_colour_scheme_toggle_works_and_persists(base_url, page):
    page.goto(base_url, wait_until="networkidle")
    before = page.get_attribute("body", "data-md-color-scheme")
    page.locator("form[data-md-component='palette'] label:visible").first.click()
    after = page.get_attribute("body", "data-md-color-scheme")
    assert {before, after} == {"default", "slate"}
    page.goto(base_url + "pymotw/", wait_until="networkidle")
    assert page.get_attribute("body", "data-md-color-scheme") == after


def test_linked_tabs_switch_together(base_url, page):
    page.goto(base_url + "start-methods/", wait_until="networkidle")
    sets = page.locator(".tabbed-set")
    assert sets.count() >= 2
    sets.first.locator("label", has_text="spawn").click()
    page.wait_for_timeout(300)
    for i in range(sets.count()):
        checked = sets.nth(i).locator("input:checked")
        label_for = checked.get_attribute("id")
        label = sets.nth(i).locator(f"label[for='{label_for}']").inner_text()
        assert label.startswith("spawn"), f"tab set {i} shows {label}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_accessibility_violation_on_any_page(site, base_url, browser, scheme):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()  # axe-core, bundled with the package: no download
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    problems = []
    for path in site_pages(site) + ["404.html"]:
        page.goto(base_url + path, wait_until="networkidle")
        for violation in axe.run(page).response["violations"]:
            if violation["impact"] in ("serious", "critical"):
                problems.append(f"{path or '/'}: {violation['id']} ({violation['impact']}): {violation['help']}")
    context.close()
    assert problems == []


def test_404_page_offers_search_and_a_way_home(site, base_url, page):
    page.goto(base_url + "404.html", wait_until="networkidle")
    assert page.locator("h1").inner_text() == "Page not found"
    assert page.locator("label[for='__search']", has_text="Search the site").count() == 1
    assert page.locator("a", has_text="home page").count() == 1
