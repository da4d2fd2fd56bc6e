import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import snippet_runner

SNIPPET_NAME = re.compile(r'"((?:[\w-]+/)+[\w-]+\.py)"')


@pytest.fixture(params=snippet_runner.available_methods())
def start_method(request):
    """Each test that takes this fixture runs once per start method available here."""
    return request.param


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The whole site, built strictly into a temporary folder once per test process."""
    folder = tmp_path_factory.mktemp("site")
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(folder)],
        cwd=snippet_runner.PROJECT, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"), capture_output=True, text=True,
    )
    assert build.returncode == 0, build.stderr
    return folder


@pytest.fixture(scope="session")
def usable_cores() -> int:
    """CPUs this process may run on (the affinity mask where the OS has one)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def names_an_alone_snippet(test_file: Path) -> bool:
    for name in SNIPPET_NAME.findall(test_file.read_text()):
        try:
            if snippet_runner.options(snippet_runner.resolve(name)).alone:
                return True
        except snippet_runner.SnippetError:
            continue
    return False


def pytest_collection_modifyitems(items):
    """Tests of `alone` snippets (they measure the machine) get the `alone` mark.

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
