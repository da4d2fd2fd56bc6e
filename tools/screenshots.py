"""Full-page screenshots of every page of the built site, light and dark (`make screenshots`).

They are for looking at after changing a page (CI keeps them as an artifact of
each run); the browser tests check the pages themselves. Usage:
    python tools/screenshots.py [SITE_DIR] [OUT_DIR]   (defaults: site, test-artifacts/screenshots)
"""

import shutil
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from served_site import browser_path, serve, site_pages

PROJECT = Path(__file__).resolve().parent.parent
SCHEMES = ("light", "dark")


def main(site: Path, out: Path) -> None:
    if not (site / "index.html").is_file():
        sys.exit(f"{site}: no built site (run `make build`)")
    pages = site_pages(site) + ["404.html"]
    shutil.rmtree(out, ignore_errors=True)  # a page that is gone leaves no screenshot behind
    out.mkdir(parents=True)
    with serve(site) as base_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=browser_path(), args=["--no-sandbox", "--disable-gpu"])
        for scheme in SCHEMES:
            page = browser.new_page(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
            for path in pages:
                page.goto(base_url + path, wait_until="networkidle")
                name = path.removesuffix(".html").strip("/").replace("/", "-") or "home"
                page.screenshot(path=str(out / f"{name}-{scheme}.png"), full_page=True)
            page.close()
        browser.close()
    print(f"{len(pages) * len(SCHEMES)} screenshots in {out}")


if __name__ == "__main__":
    arguments = sys.argv[1:]
    main(Path(arguments[0] if arguments else PROJECT / "site").resolve(),
         Path(arguments[1] if len(arguments) > 1 else PROJECT / "test-artifacts" / "screenshots").resolve())
