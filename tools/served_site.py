"""The built site served on 127.0.0.1, its pages, and the browser to load them in.

Used by the tools that drive a browser over the site (`make weight`, `make
screenshots`) and by the browser tests.
"""

import contextlib
import functools
import os
import shutil
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a tab that moved on mid-download
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve `site` on a free port of 127.0.0.1; yields its base URL, ending in /."""
    server = QuietServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()


def site_pages(site: Path) -> list[str]:
    """URL paths of every page of the built site, except the 404 page."""
    return sorted(
        "" if p.parent == site else f"{p.parent.relative_to(site).as_posix()}/"
        for p in site.rglob("index.html")
    )


def browser_path() -> str:
    """BROWSER_PATH, or Debian's chromium (`make test` installs it); Playwright's download is not used."""
    return os.environ.get("BROWSER_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
