import re
from pathlib import Path

import pytest

import snippet_runner

SNIPPET_NAME = re.compile(r'"((?:[\w-]+/)+[\w-]+\.py)"')


@pytest.fixture(params=snippet_runner.available_methods())
def start_method(request):
    """Each test that takes this fixture runs once per start method available here."""
    return request.param


def names_an_alone_snippet(test_file: Path) -> bool:
    for name in SNIPPET_NAME.findall(test_file.read_text()):
        try:
            if snippet_runner.options(snippet_runner.resolve(name)).alone:
                return True
        except snippet_runner.SnippetError:
            continue
    return False


def pytest_collection_modifyitems(items):
    """Tests of `alone` snippets (timing-sensitive, CPU-bound) get the `alone` mark.

    `make test` runs them after the others, one at a time, so that no other
    test loads the machine while they measure.
    """
    topics = {folder.name for folder in (snippet_runner.PROJECT / "snippets").iterdir()}
    verdicts = {}
    for item in items:
        path = Path(item.fspath)
        if path not in verdicts:  # only the mirrored snippet tests: tests/<topic>/test_*.py
            verdicts[path] = path.parent.name in topics and names_an_alone_snippet(path)
        if verdicts[path]:
            item.add_marker(pytest.mark.alone)
