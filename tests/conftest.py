import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

import snippet_runner

SNIPPET_NAME = re.compile(r'"((?:[\w-]+/)+[\w-]+\.py)"')


@pytest.fixture(params=snippet_runner.available_methods())
def start_method(request):
    """Each test that takes this fixture runs once per start method available here."""
    return request.param


POOL_WORKER = {"fork": "ForkPoolWorker", "forkserver": "ForkServerPoolWorker", "spawn": "SpawnPoolWorker"}


@pytest.fixture
def pool_worker(start_method) -> str:
    """What a Pool's workers are called under this start method, before the "-N"."""
    return POOL_WORKER[start_method]


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The whole site, built strictly once per test run, shared by every test process.

    `make test` builds it first (`make build`) and passes its folder in SITE_DIR, so
    no test phase builds it again. Otherwise the first test process that needs it
    builds it into the run's temporary folder, which the pytest-xdist workers of the
    run share, and the other processes wait for that build instead of making their own.
    """
    if os.environ.get("SITE_DIR"):
        folder = Path(os.environ["SITE_DIR"]).resolve()
        assert (folder / "index.html").is_file(), f"SITE_DIR={folder} holds no built site"
        return folder
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # popen-gw0, popen-gw1, ... sit in the run's folder
    folder, failed = shared / "site", shared / "site-build-failed.txt"
    try:
        (shared / "site-building").mkdir()  # atomic: exactly one process wins and builds
    except FileExistsError:
        return wait_for_build(folder, failed)
    partial = shared / "site-partial"
    try:
        build = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(partial)],
            cwd=snippet_runner.PROJECT, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
            capture_output=True, text=True,
        )
    except BaseException as error:  # e.g. Ctrl-C: the waiting processes stop too
        failed.write_text(f"the build did not finish: {error!r}")
        raise
    if build.returncode != 0:
        failed.write_text(build.stderr)
    assert build.returncode == 0, build.stderr
    partial.rename(folder)  # atomic: the waiting processes never see half a site
    return folder


def wait_for_build(folder: Path, failed: Path, timeout: float = 600) -> Path:
    """Wait for the build another test process of this run is making."""
    deadline = time.monotonic() + timeout
    while not folder.exists():
        if failed.exists():
            pytest.fail(f"the site build failed in another test process:\n{failed.read_text()}")
        if time.monotonic() > deadline:
            pytest.fail(f"no site in {folder} after {timeout} s")
        time.sleep(0.05)  # polls a file another process writes; nothing to subscribe to
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
