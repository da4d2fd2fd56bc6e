"""What a reader gets in a real browser: pages, deep links, search, copy, colour scheme, tabs, accessibility.

Each section below has a check, a coroutine that drives the browser and returns
what it found, and tests that assert on that. All the checks that the selected
tests need start together (fixture `started`), so the browser stays busy until
the last is done; each test waits only for its own check.
"""

import asyncio
import functools
import hashlib
import json
import os
import re
import warnings
from dataclasses import dataclass, field

import pytest
from anchors import registry
from axe_playwright_python.async_playwright import Axe
from playwright.async_api import TimeoutError as PlaywrightTimeout
from playwright.async_api import expect

from served_site import site_pages
from snippet_runner import PROJECT, shown_source

from .conftest import AXE_RUNS, PATIENCE_MS, VIEWPORT, in_tabs, new_tab, outcome
from .searches import SEARCHES

SCHEMES = {"light": "default", "dark": "slate"}  # the reader's choice -> Material's scheme
READERS = {material: reader for reader, material in SCHEMES.items()}
REGISTRY = registry()
expect.set_options(timeout=PATIENCE_MS)


@pytest.fixture(scope="session")
def started(request, loop, run, browser, base_url, site) -> dict:
    """fixture name -> task, for every check in CHECKS (at the end) that a selected test needs."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        # xdist spreads these tests over its workers (its loadgroup mode, which
        # could keep them together, does not group with pytest 9.2: pytest-xdist#1386).
        warnings.warn("each pytest-xdist worker runs the browser checks its tests need in a browser "
                      "of its own: run the browser tests with -n 0, as `make test` does", stacklevel=1)
    needed = {name for item in request.session.items for name in item.fixturenames}
    tasks = {
        name: loop.create_task(check(browser, base_url, site))
        for name, check in CHECKS.items() if name in needed
    }
    yield tasks
    for task in tasks.values():  # e.g. after `pytest -x` stopped early
        task.cancel()
    run(asyncio.gather(*tasks.values(), return_exceptions=True))


# -- Every page, as a reader opens it, and in each colour scheme ---------------------------

# axe-core's rules that read colours. The others read the document's structure and
# attributes, which are the same in both schemes (Material switches the scheme with
# an attribute of <body> and CSS variables): the dark scheme is checked with these only.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]


@dataclass
class Visit:
    status: int
    schemes: list  # the scheme it opened in, then the one the toggle switched it to ("light", "dark")
    violations: dict  # scheme -> axe-core's findings in it
    outside: list = field(default_factory=list)  # requests to any other host
    errors: list = field(default_factory=list)  # console errors and uncaught exceptions
    landings: dict = field(default_factory=dict)  # fragment -> Landing, for the page's deep links


# axe-core's findings for a page depend only on the page, the files it refers to (the
# theme's and our stylesheets and scripts, pictures), the scheme, the rules, axe-core
# and the browser: they are kept here under a hash of all of that, like the snippet
# cache, and a page is checked again when any of it changes. axe-core is most of the
# browser tests' work (about 0.9 ms of CPU per text element for the colour contrast;
# a long page has 2,000), so a run where few pages changed checks only those. Loading
# each page, its requests and its errors are checked on every run. `make clean` empties it.
AXE_CACHE = PROJECT / ".axe-cache"
AXE = Axe()
REFERENCED = re.compile(r'(?:href|src)="([^"#?:]+)"')


def axe_key(site, url: str, scheme: str, options: dict, browser_version: str) -> str:
    """Hash of what axe-core's findings on the page opened at `url` (path#fragment) depend on."""
    path = url.split("#")[0]
    page = site / path if path.endswith(".html") else site / path / "index.html"
    html = page.read_bytes()
    files = {page, *(site / "assets").rglob("*")}  # the theme's scripts may load more of its files
    files |= {(page.parent / ref).resolve() for ref in REFERENCED.findall(html.decode())}
    digest = hashlib.sha256()
    for part in (AXE.axe_script, browser_version, json.dumps([url, scheme, options, VIEWPORT], sort_keys=True)):
        digest.update(part.encode() + b"\0")
    for file in sorted(f for f in files if f.is_file()):
        digest.update(file.relative_to(site).as_posix().encode() + b"\0" + hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


async def run_axe(page, site, url: str, scheme: str) -> list:
    options = {"resultTypes": ["violations"]}
    if scheme != "light":
        options["runOnly"] = COLOUR_RULES
    cached = AXE_CACHE / f"{axe_key(site, url, scheme, options, page.context.browser.version)}.json"
    if cached.exists():
        AXE_RUNS["cached"] += 1
        return json.loads(cached.read_text())
    violations = (await AXE.run(page, options=options)).response["violations"]  # axe-core, bundled: no download
    AXE_RUNS["ran"] += 1
    AXE_CACHE.mkdir(exist_ok=True)
    partial = cached.with_suffix(f".{os.getpid()}.tmp")
    partial.write_text(json.dumps(violations))
    partial.replace(cached)  # atomic: never half a file
    return violations


# The header's button that switches the colour scheme (the one for the other scheme is shown).
TOGGLE = "form[data-md-component='palette'] label:visible"
SWITCHED = "() => !document.body.hasAttribute('data-md-color-switching')"  # Material's transitions are back on


async def scheme_of(page) -> str:
    """The colour scheme the page shows: "light" or "dark" (Material's name if it is neither)."""
    material = await page.get_attribute("body", "data-md-color-scheme")
    return READERS.get(material, material)


async def switch_scheme(page) -> str:
    """Click the scheme toggle, as a reader does; the scheme once the page has switched.

    Material sets the scheme's attributes on <body> with its transitions turned
    off, and turns them on again a frame later: from then on the page's colours
    are the new scheme's, with nothing fading.
    """
    body = page.locator("body")
    before = await body.get_attribute("data-md-color-scheme")
    await page.locator(TOGGLE).first.click()
    await expect(body).not_to_have_attribute("data-md-color-scheme", before or "")
    await page.wait_for_function(SWITCHED)
    return await scheme_of(page)


async def visit(page, path: str, base_url: str, site, fragments=()) -> Visit:
    """Open one page and run axe-core on it in each scheme, noting what went wrong.

    The page opens in the scheme its profile keeps (light for a tab's first
    page). A page with deep links to check (`fragments`) is opened at the first,
    as a reader following a link opens it, and the others are landed on once the
    page is checked: one page load serves both checks. Then the reader's toggle
    switches it to the other scheme and axe-core runs again; Material keeps that
    choice, so the tab's next page opens in it. A switched page has the colours
    of one opened in that scheme: every element's computed colours, and
    axe-core's findings, were the same both ways, in each scheme, on all 20
    pages, when this was written.
    """
    outside, errors = [], []

    def on_request(request):
        if not request.url.startswith((base_url, "data:")):
            outside.append(request.url)

    def on_console(message):
        if message.type == "error":
            errors.append(f"{message.type}: {message.text}")

    def on_pageerror(error):
        errors.append(str(error))

    listeners = {"request": on_request, "console": on_console, "pageerror": on_pageerror}
    for event, listener in listeners.items():
        page.on(event, listener)
    url = f"{path}#{fragments[0]}" if fragments else path
    try:
        response = await page.goto(base_url + url, wait_until="load")
        landings = {fragments[0]: await where_is(page, fragments[0])} if fragments else {}
        schemes = [await scheme_of(page)]
        violations = {schemes[0]: await run_axe(page, site, url, schemes[0])}
        for fragment in fragments[1:]:
            landings[fragment] = await land_within(page, path, fragment, base_url)
        schemes.append(await switch_scheme(page))
        violations[schemes[1]] = await run_axe(page, site, url, schemes[1])
        # Requests made after the load event (search index, favicon) count too, and
        # those made while scrolling to the deep links: this returns once the network
        # has been quiet for 0.5 s (at once if it has been since the landings began).
        await page.wait_for_load_state("networkidle")
        return Visit(status=response.status, schemes=schemes, violations=violations,
                     outside=outside, errors=errors, landings=landings)
    finally:
        for event, listener in listeners.items():
            page.remove_listener(event, listener)


async def visit_every_page(browser, base_url: str, site) -> dict:
    """path -> Visit, for every page of the site and the 404 page.

    Two tabs, each in a fresh profile set to the light scheme (a profile of its
    own, because Material keeps the reader's scheme for the whole profile, and
    each visit switches it). Not more: on a 2-core machine the browser then
    spends more CPU on the same pages and the phase is no faster. A tab's first
    page loads with an empty cache, the others as a reader's next pages do, so a
    request to another host shows at least on the first page that makes it (on
    every such page where, as here, there is no network: a failed request is
    not cached).
    """
    files = {path: site / path / "index.html" for path in site_pages(site)} | {"404.html": site / "404.html"}
    # the longest pages first, so that no tab is left with a long one at the end
    paths = sorted(files, key=lambda path: files[path].stat().st_size, reverse=True)
    links = deep_links_by_page(site)

    async def check(page, path):
        return await visit(page, path, base_url, site, links.get(path, []))

    light_tab = functools.partial(new_tab, browser, color_scheme="light")
    return dict(zip(paths, await in_tabs(light_tab, check, paths, tabs=2)))


@pytest.fixture(scope="session")
def visits(started, run) -> dict:
    return run(started["visits"])


def test_every_page_loads_without_errors_or_third_party_requests(visits):
    pages = {path: outcome(v) for path, v in visits.items()}
    assert len(pages) >= 10
    for path, v in pages.items():
        assert v.status == 200, path
        assert sorted(v.schemes) == sorted(SCHEMES), path  # checked in each, in some order
    problems = [f"{path or '/'}: a request to {url}" for path, v in pages.items() for url in v.outside]
    problems += [f"{path or '/'}: {error}" for path, v in pages.items() for error in v.errors]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_no_serious_accessibility_violation_on_any_page(visits, scheme):
    """Every rule in the light scheme; the rules that read colours in the dark one."""
    problems = [
        f"{path or '/'}: {violation['id']} ({violation['impact']}): {violation['help']}"
        for path, v in visits.items()
        for violation in outcome(v).violations[scheme] if violation["impact"] in ("serious", "critical")
    ]
    assert not problems, "\n".join(problems)


# -- Deep links: a reader opens page#anchor ----------------------------------------------

@dataclass
class Landing:
    found: int  # elements with that id
    visible: bool = False  # rendered (an empty <a id> alias counts), not visibility: hidden
    top: float | None = None  # where the target sits in the window, in CSS pixels
    header_bottom: float | None = None  # the sticky header covers the window above this


# Resolves once the target has kept its place for two drawn frames: the scroll to
# the fragment (done on load, or during a same-page navigation, which page.goto has
# committed) is on screen. It does not wait for the address to show the fragment:
# Material's navigation.tracking rewrites the address to the section the window
# shows, so the fragment of an anchor inside a section, or of a page's top, may be
# gone by then (such waits used to run to the 300-frame limit, 5 to 12 s each).
# A target that settles in the wrong place still fails: only the wait changed.
SETTLED = """async id => {
    const frame = () => new Promise(done => requestAnimationFrame(done));
    const top = () => document.getElementById(id).getBoundingClientRect().top;
    let last = null, same = 0;
    for (let i = 0; i < 300 && same < 2; i++) {
        await frame();
        const now = top();
        same = now === last ? same + 1 : 0;
        last = now;
    }
}"""
# Read in one go, so that no script of the page runs between the readings.
WHERE = """id => {
    const target = document.getElementById(id);
    return {
        visible: target.checkVisibility({visibilityProperty: true}),
        top: target.getBoundingClientRect().top,
        header_bottom: document.querySelector(".md-header").getBoundingClientRect().bottom,
    };
}"""


async def where_is(page, fragment: str) -> Landing:
    """Where the element with id `fragment` is, once the browser has scrolled to it."""
    found = await page.locator(f"[id='{fragment}']").count()
    if found != 1:
        return Landing(found)
    await page.evaluate(SETTLED, fragment)
    return Landing(found, **await page.evaluate(WHERE, fragment))


async def land_within(page, path: str, fragment: str, base_url: str) -> Landing:
    """Go to `fragment` within the loaded page, where the browser scrolls to it as it does for a link.

    The first deep link of a page is opened as a new document (in `visit`),
    exactly what a reader following a link gets; the others are reached this way:
    when this was written, 61 of the 63 registered anchors landed on the same
    pixel either way (the other two are page tops, opened first). A new document
    for each would cost a page load each (Material's scripts and the layout of
    the whole page: 0.3 to 0.5 s of CPU on a 2-core machine).
    """
    await page.goto(f"{base_url}{path}#{fragment}")  # same document: the browser scrolls
    landing = await where_is(page, fragment)
    if landing.found == 1 and not in_view(landing):
        # Chromium on a loaded machine now and then leaves a same-document
        # fragment navigation unscrolled (3 of about 750 landings, in three
        # full runs on a loaded machine; never the first, new-document one).
        # Judge such a fragment the way a reader's link from elsewhere opens it.
        await page.goto("about:blank")
        await page.goto(f"{base_url}{path}#{fragment}", wait_until="load")
        landing = await where_is(page, fragment)
    return landing


def in_view(landing: Landing) -> bool:
    """In the window, below the sticky header."""
    return landing.top is not None and landing.header_bottom <= landing.top < VIEWPORT["height"]


def api_index_links(site) -> list[str]:
    """The section links of the generated API index, as `path/#fragment` from the site root."""
    html = (site / "api" / "index.html").read_text()
    return sorted(set(re.findall(r'<a href="\.\./([^"#]*#[^"]+)"', html)))


def deep_links_by_page(site) -> dict:
    """path -> fragments, for the registered anchors and the API index's links (landed on in `visit`)."""
    by_page = {}
    for link in sorted(set(REGISTRY) | set(api_index_links(site))):
        path, fragment = link.split("#")
        by_page.setdefault(path, []).append(fragment)
    return by_page


@pytest.fixture(scope="session")
def deep_links(visits, site) -> dict:
    """`path/#fragment` -> Landing (or the exception its page's visit raised), for every deep link."""
    landings = {}
    for path, fragments in deep_links_by_page(site).items():
        v = visits.get(path)
        for fragment in fragments:
            if v is None:  # no such page
                landings[f"{path}#{fragment}"] = Landing(found=0)
            else:
                landings[f"{path}#{fragment}"] = v if isinstance(v, BaseException) else v.landings[fragment]
    return landings


@pytest.mark.parametrize("anchor", REGISTRY)
def test_registered_anchor_exists_and_scrolls_into_view(deep_links, anchor):
    landing = outcome(deep_links[anchor])
    assert landing.found == 1, f"{anchor} is gone: keep it with an alias (see CONTRIBUTING.md)"
    assert landing.visible, f"{anchor} is hidden"
    assert in_view(landing), (
        f"{anchor} is not in view below the header (top={landing.top}, header ends at {landing.header_bottom})"
    )


def test_the_api_index_links_many_sections(site):
    assert len(api_index_links(site)) > 50


def test_every_api_index_link_lands_on_its_section(deep_links, site):
    missed = {}
    for link in api_index_links(site):
        landing = outcome(deep_links[link])
        if not (landing.found == 1 and landing.visible and in_view(landing)):
            missed[link] = landing
    assert missed == {}


# -- Search ------------------------------------------------------------------------------

# Results come from the search worker some time after the input, and may still
# be those of an earlier input (the worker searches again when it is ready). A
# result's link names the query words it matched (?h=...); no earlier input had
# the query's last word complete, so once a link names it, the results are the
# whole query's.
RESULTS_FOR_WORD = """word => [...document.querySelectorAll("a.md-search-result__link")].some(
    a => (new URL(a.href).searchParams.get("h") || "").toLowerCase().split(" ").includes(word)
)"""
# the first three pages in the results, with the sections listed under each
FIRST_RESULTS = ".md-search-result__list > .md-search-result__item:nth-child(-n+3) a.md-search-result__link"


async def search(page, query: str, base_url: str) -> list[str]:
    """Type `query` into the search of the home page; the links of the first results."""
    field = page.locator("input.md-search__input")
    if page.url != base_url:
        await page.goto(base_url, wait_until="load")
    else:  # the tab's last query: clear it and wait until its results are gone
        await field.fill("")
        await page.wait_for_function("() => !document.querySelector('.md-search-result__item')")
    await field.click()
    await field.fill(query[:-1])
    await page.keyboard.press(query[-1])  # Material searches on a key press (keyup), not on fill
    await page.wait_for_function(RESULTS_FOR_WORD, arg=query.split()[-1].lower())
    links = await page.eval_on_selector_all(FIRST_RESULTS, "els => els.map(e => e.href)")
    # e.g. http://127.0.0.1:PORT/pymotw/?h=terminate#terminating-processes -> pymotw/#terminating-processes
    return [re.sub(r"\?[^#]*", "", href.removeprefix(base_url)) for href in links]


async def search_every_query(browser, base_url: str, site) -> dict:
    """query -> links of its first results; two tabs type one query after another."""
    queries = [query for query, _ in SEARCHES]
    found = await in_tabs(functools.partial(new_tab, browser), functools.partial(search, base_url=base_url), queries, tabs=2)
    return dict(zip(queries, found))


@pytest.fixture(scope="session")
def search_results(started, run) -> dict:
    return run(started["search_results"])


@pytest.mark.parametrize(("query", "target"), SEARCHES)
def test_search_finds_the_section(search_results, query, target):
    found = outcome(search_results[query])
    assert target in found, f"{query!r}: {target} not in the first results {found}"


# -- Copy button ---------------------------------------------------------------------------

async def copy_a_snippet(browser, base_url: str, site) -> str:
    """What the copy button of pool_imap.py puts on the clipboard."""
    async with new_tab(browser) as page:
        await page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
        await page.goto(base_url + "coderzcolumn/pool/", wait_until="load")
        title = page.locator("span.filename", has_text="snippets/coderzcolumn/pool_imap.py")
        block = page.locator(".highlight", has=title)
        await block.hover()
        await block.locator("button[data-md-type='copy']").click()
        await expect(page.locator(".md-dialog")).to_contain_text("Copied")  # shown once the clipboard has it
        return await page.evaluate("navigator.clipboard.readText()")


@pytest.fixture(scope="session")
def copied(started, run) -> str:
    return run(started["copied"])


def test_copy_button_copies_exactly_the_snippet_source(copied):
    source = shown_source(PROJECT / "snippets" / "coderzcolumn" / "pool_imap.py")
    assert "# snippet:" not in copied
    assert copied.rstrip("\n") == source.rstrip("\n")


# -- Colour scheme toggle ---------------------------------------------------------------

async def toggle_the_scheme(browser, base_url: str, site) -> tuple:
    """For a reader whose system is set to dark: the scheme a page opens in, after a
    click on the toggle, and on the next page opened (the visits above open every
    page with the system set to light)."""
    async with new_tab(browser, color_scheme="dark") as page:
        await page.goto(base_url, wait_until="load")
        before = await scheme_of(page)
        after = await switch_scheme(page)
        await page.goto(base_url + "pymotw/", wait_until="load")
        return before, after, await scheme_of(page)


@pytest.fixture(scope="session")
def toggled(started, run) -> tuple:
    return run(started["toggled"])


def test_a_dark_system_gets_the_dark_scheme_and_the_toggle_works_and_persists(toggled):
    before, after, next_page = toggled
    assert (before, after, next_page) == ("dark", "light", "light")


# -- Linked content tabs ----------------------------------------------------------------

TAB_SETS = """() => [...document.querySelectorAll(".tabbed-set")].map(set => {
    const labels = [...set.querySelectorAll(":scope > .tabbed-labels > label")].map(label => label.innerText);
    const checked = set.querySelector(":scope > input:checked");
    return {labels, open: checked ? set.querySelector(`label[for="${checked.id}"]`).innerText : null};
})"""
CHOICES = ("spawn", "Python 3.12")  # a start-method tab, then a Python-version tab


async def choose_tabs_once(browser, base_url: str, site) -> dict:
    """choice -> the tab sets that offer it (labels, open tab), after choosing it in the first of them."""
    found = {}
    async with new_tab(browser) as page:
        await page.goto(base_url + "start-methods/", wait_until="load")
        for choice in CHOICES:
            label = page.locator(".tabbed-set .tabbed-labels > label", has_text=choice)
            await label.first.scroll_into_view_if_needed()
            await label.first.click()
            offering = f"({TAB_SETS})().filter(set => set.labels.includes({choice!r}))"
            try:  # Material switches the other sets in its own click handler
                await page.wait_for_function(f"() => {offering}.every(set => set.open === {choice!r})")
            except PlaywrightTimeout:  # the test names the set that did not switch
                pass
            found[choice] = await page.evaluate(f"() => {offering}")
    return found


@pytest.fixture(scope="session")
def tab_sets(started, run) -> dict:
    return run(started["tab_sets"])


@pytest.mark.parametrize("choice", CHOICES)
def test_linked_tabs_switch_together(tab_sets, choice):
    sets = tab_sets[choice]
    assert len(sets) >= 2
    for i, tab_set in enumerate(sets):
        assert tab_set["open"] == choice, f"tab set {i} ({tab_set['labels']}) shows {tab_set['open']}"


# -- The 404 page ------------------------------------------------------------------------

async def open_the_404_page(browser, base_url: str, site) -> tuple:
    async with new_tab(browser) as page:
        await page.goto(base_url + "404.html", wait_until="load")
        return (
            await page.locator("h1").inner_text(),
            await page.locator("label[for='__search']", has_text="Search the site").count(),
            await page.locator("a", has_text="home page").count(),
        )


@pytest.fixture(scope="session")
def not_found(started, run) -> tuple:
    return run(started["not_found"])


def test_404_page_offers_search_and_a_way_home(not_found):
    heading, search_labels, home_links = not_found
    assert heading == "Page not found"
    assert search_labels == 1
    assert home_links == 1


# The fixture each check's result is given to (see `started`).
CHECKS = {
    "visits": visit_every_page,
    "search_results": search_every_query,
    "copied": copy_a_snippet,
    "toggled": toggle_the_scheme,
    "tab_sets": choose_tabs_once,
    "not_found": open_the_404_page,
}
