"""A real Chromium, driven by Playwright, against the site (fixture `site` in tests/conftest.py).

One browser serves the whole run. Playwright's async API drives it, so many pages
are checked at the same time in a few tabs: while one tab waits (on the network,
a key press, the search worker), the others keep the cores busy. The tests stay
plain functions that assert on what the checks found; `run(...)` runs a
coroutine or task to its end on the one event loop of the browser tests.
Nothing is slept on: every wait is for a condition.
"""

import asyncio
import contextlib
from pathlib import Path

import pytest
from playwright.async_api import async_playwright

from served_site import browser_path, serve

VIEWPORT = {"width": 1280, "height": 900}
# axe-core page checks this run made and took from .axe-cache/ (test_reader.py)
AXE_RUNS = {"ran": 0, "cached": 0}
# How long to wait for something a working page does at once (a scroll, a tab
# switch, search results): long enough for a busy 2-core machine, and only spent
# when the page is broken.
PATIENCE_MS = 60_000


def a_browser() -> str:
    """The browser served_site names; Playwright's download is not used."""
    path = browser_path()
    if not Path(path).exists():
        pytest.fail(f"no browser at {path}: run `make test` (installs chromium) or set BROWSER_PATH")
    return path


@pytest.fixture(scope="session")
def base_url(site) -> str:
    with serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def loop():
    """The event loop of all browser tests (it runs only inside `run`)."""
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


@pytest.fixture(scope="session")
def run(loop):
    """Run a coroutine or task to its end; meanwhile every other started task runs too."""
    return loop.run_until_complete


@pytest.fixture(scope="session")
def browser(run):
    playwright = run(async_playwright().start())
    browser = run(playwright.chromium.launch(
        executable_path=a_browser(),
        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
              "--disable-component-update", "--disable-sync", "--no-first-run"],
    ))
    yield browser
    run(browser.close())
    run(playwright.stop())


@contextlib.asynccontextmanager
async def new_tab(browser, **options):
    """A tab in a fresh browser profile (no cookies, storage or cache yet), as a new reader has."""
    context = await browser.new_context(viewport=VIEWPORT, **options)
    context.set_default_timeout(PATIENCE_MS)
    try:
        yield await context.new_page()
    finally:
        await context.close()


async def in_tabs(open_tab, check, items: list, tabs: int) -> list:
    """`await check(page, item)` for every item, in `tabs` tabs at the same time.

    `open_tab()` gives a tab (an async context manager, such as `new_tab` with
    the browser given). Each tab takes the next item when it is done with the
    last: a tab, its renderer process and its profile's cache serve many checks,
    because opening a tab or a profile costs more than loading a page. Results
    come in the items' order; a check that raised gives its exception as its
    result, so one broken page fails its own test and the others are still checked.
    """
    results = [None] * len(items)
    todo = list(enumerate(items))

    async def tab():
        async with open_tab() as page:
            while todo:
                i, item = todo.pop(0)
                try:
                    results[i] = await check(page, item)
                except Exception as error:  # handed to the item's own test by `outcome`
                    results[i] = error

    await asyncio.gather(*(tab() for _ in range(min(tabs, len(items)))))
    return results


def outcome(result):
    """The result of one check from in_tabs, or the exception it raised."""
    if isinstance(result, BaseException):
        raise result
    return result


def pytest_terminal_summary(terminalreporter):
    if AXE_RUNS["ran"] or AXE_RUNS["cached"]:
        terminalreporter.write_line(f"axe-core: {AXE_RUNS['ran']} page checks ran, "
                                    f"{AXE_RUNS['cached']} came from .axe-cache/ (unchanged pages)")
