"""A snippet that fails, hangs or leaks makes the strict build fail with one clear line, and leaves nothing behind."""

import os
import re
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psutil
import pytest

import snippet_runner

FAULTS = Path(__file__).parent / "faults"


def build_site_showing(tmp_path: Path, snippet: str, more_markdown: str = "") -> subprocess.CompletedProcess:
    """Build a one-page site that inherits the real mkdocs.yml and shows snippets/faults/<snippet>."""
    (tmp_path / "snippets" / "faults").mkdir(parents=True)
    if (FAULTS / snippet).exists():
        shutil.copy(FAULTS / snippet, tmp_path / "snippets" / "faults" / snippet)
    for folder in ("tools", "overrides"):  # folders the inherited mkdocs.yml names (copied: Windows may forbid symlinks)
        shutil.copytree(snippet_runner.PROJECT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text(f'# Fault\n\n```snippet exec="1"\nfaults/{snippet}\n```\n{more_markdown}')
    (tmp_path / "mkdocs.yml").write_text(
        textwrap.dedent(f"""\
            INHERIT: {snippet_runner.PROJECT / "mkdocs.yml"}
            nav: [index.md]
            extra_css: []
            watch: []
            """)
    )
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=120,
    )


def the_error(build: subprocess.CompletedProcess) -> str:
    """The build failed with exactly one problem line, an error (shown even by `mkdocs build -q`): return it."""
    assert build.returncode != 0
    problems = [line for line in build.stdout.splitlines() if line.startswith(("WARNING", "ERROR"))]
    assert len(problems) == 1 and problems[0].startswith("ERROR"), build.stdout
    assert "Aborted: 1 snippet(s) failed, so no page was built." in build.stdout
    return problems[0]


def assert_all_dead(pid_file: Path) -> None:
    pids = [int(line) for line in pid_file.read_text().split()]
    assert pids
    deadline = time.monotonic() + 5
    for pid in pids:
        while True:
            try:
                alive = psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
            except psutil.NoSuchProcess:
                alive = False
            if not alive:
                break
            assert time.monotonic() < deadline, f"process {pid} is still running"
            time.sleep(0.1)


@pytest.mark.parametrize(
    ("snippet", "cause"),
    [
        ("exits_nonzero.py", r"exited with 3, expected 0 \(last line: about to fail\)"),
        ("hangs.py", r"timed out after 2 s \(process group killed\)"),
        # the name is python3.11 on Linux, Python on macOS framework builds, python.exe on Windows
        ("leaves_grandchild.py", r"left process\(es\) running after exit: \d+ \((?i:python)[\w.]*\) \(killed\)"),
    ],
)
def test_faulty_snippet_fails_the_strict_build_with_one_clear_line(tmp_path, snippet, cause):
    error = the_error(build_site_showing(tmp_path, snippet))
    assert re.search(rf"snippets/faults/{re.escape(snippet)}: {cause}$", error), error
    assert not (tmp_path / "site" / "index.html").exists()
    assert_all_dead(tmp_path / "pids.txt")


def test_missing_snippet_fails_the_strict_build(tmp_path):
    error = the_error(build_site_showing(tmp_path, "no_such_file.py"))
    assert error.endswith("  snippets/faults/no_such_file.py: file not found"), error


def test_a_link_to_a_missing_anchor_fails_the_strict_build(tmp_path):
    build = build_site_showing(tmp_path, "exits_zero.py", "\nSee [nowhere](#no-such-section).\n")
    assert build.returncode != 0
    warnings = [line for line in build.stdout.splitlines() if line.startswith("WARNING")]
    assert len(warnings) == 1 and "#no-such-section" in warnings[0], build.stdout
