"""The anchor registry: every public example link (page + #id) that must keep working.

    python tools/anchors.py          # list anchors on the pages missing from the registry
    python tools/anchors.py --update # add them to tests/anchors.json

Entries are never removed by this tool. If you rename or remove a heading's
anchor, keep the old link alive with an alias on that page, e.g.
``<a id="old-id"></a>`` just above the heading; the browser tests check that
every registered anchor still exists and scrolls into view.
"""

import json
import re
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
REGISTRY = PROJECT / "tests" / "anchors.json"
HEADING_ANCHOR = re.compile(r"^#{1,6} .*\{ #([a-z0-9-]+) \}$", re.M)


def page_url(page: Path) -> str:
    """docs/coderzcolumn/pool.md -> coderzcolumn/pool/ (MkDocs directory URLs)."""
    rel = page.relative_to(PROJECT / "docs").with_suffix("")
    if rel.name == "index":
        rel = rel.parent
    return "" if str(rel) == "." else f"{rel.as_posix()}/"


def anchors_on_pages() -> list[str]:
    found = []
    for page in sorted((PROJECT / "docs").rglob("*.md")):
        found += [f"{page_url(page)}#{anchor}" for anchor in HEADING_ANCHOR.findall(page.read_text())]
    return found


def registry() -> list[str]:
    return json.loads(REGISTRY.read_text()) if REGISTRY.exists() else []


def main(argv: list[str]) -> int:
    missing = [a for a in anchors_on_pages() if a not in registry()]
    if "--update" in argv:
        REGISTRY.write_text(json.dumps(registry() + missing, indent=1) + "\n")
        print(f"added {len(missing)} anchor(s) to {REGISTRY.relative_to(PROJECT)}")
        return 0
    for anchor in missing:
        print(f"not registered: {anchor}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
