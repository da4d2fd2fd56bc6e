"""Page weight, printed (not a test): what a browser loads for each page, raw and gzip-compressed.

    python tools/page_weight.py [SITE_DIR]     (default: site/, build it first with `make build`)

Serves the built site on 127.0.0.1, loads every page in Chromium (BROWSER_PATH,
or chromium on the PATH) with an empty cache, records every response, and
prints per page the bytes loaded raw and gzip-compressed (GitHub Pages
serves text compressed), plus the largest assets. Target: the home page under
250 KB compressed.
"""

import gzip
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from served_site import browser_path, serve, site_pages

PROJECT = Path(__file__).resolve().parent.parent
COMPRESSED_TYPES = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")


def main() -> None:
    site = Path(sys.argv[1] if len(sys.argv) > 1 else PROJECT / "site")
    pages = site_pages(site)
    biggest: dict[str, int] = {}
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=browser_path(),
            args=["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
        )
        print(f"{'page':<28}{'files':>6}{'raw KB':>10}{'gzip KB':>10}")
        for path in pages:
            context = browser.new_context()  # empty cache for each page
            page = context.new_page()
            loaded: dict[str, bytes] = {}
            page.on("response", lambda r: loaded.__setitem__(r.url, r.body()) if r.ok else None)
            page.goto(base + path, wait_until="networkidle")
            context.close()
            raw = sum(len(body) for body in loaded.values())
            packed = sum(
                len(gzip.compress(body)) if url.split("?")[0].endswith(COMPRESSED_TYPES) or url.endswith("/") else len(body)
                for url, body in loaded.items()
            )
            for url, body in loaded.items():
                biggest[url.removeprefix(base).split("?")[0] or "/"] = len(body)
            print(f"{'/' + path:<28}{len(loaded):>6}{raw / 1024:>10.1f}{packed / 1024:>10.1f}")
        browser.close()
    print("\nlargest assets (raw KB):")
    for name, size in sorted(biggest.items(), key=lambda kv: -kv[1])[:8]:
        print(f"  {size / 1024:8.1f}  {name}")


if __name__ == "__main__":
    main()
