"""The interpreters a build uses: every minor version of pythons.txt that this machine has.

(A first, minimal version: this build's interpreter, ``python3.X`` on PATH and
pyenv's. ``make pythons`` prepares more.)
"""

from __future__ import annotations

import dataclasses
import functools
import glob
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
VERSIONS = [line.strip() for line in (PROJECT / "pythons.txt").read_text().splitlines()
            if line.strip() and not line.startswith("#")]


@dataclasses.dataclass(frozen=True)
class Interpreter:
    minor: str
    version: str
    argv: tuple[str, ...]
    source: str
    default_method: str


PROBE = "import multiprocessing, platform; print(platform.python_version(), multiprocessing.get_start_method())"


def _probe(argv: tuple[str, ...], source: str) -> Interpreter | None:
    try:
        out = subprocess.run([*argv, "-c", PROBE], capture_output=True, text=True, timeout=30).stdout.split()
    except (OSError, subprocess.TimeoutExpired):
        return None
    if len(out) != 2:
        return None
    return Interpreter(".".join(out[0].split(".")[:2]), out[0], argv, source, out[1])


@functools.lru_cache(maxsize=None)
def find() -> dict[str, Interpreter | None]:
    found: dict[str, Interpreter | None] = {minor: None for minor in VERSIONS}
    mine = ".".join(platform.python_version_tuple()[:2])
    candidates = []
    for minor in VERSIONS:
        if minor == mine:
            continue
        on_path = shutil.which(f"python{minor}")
        if on_path:
            candidates.append(((on_path,), "PATH"))
        for path in glob.glob(os.path.expanduser(f"~/.pyenv/versions/{minor}.*/bin/python")):
            candidates.append(((path,), "pyenv"))
    for argv, source in candidates:
        interpreter = _probe(argv, source)
        if interpreter and interpreter.minor in found:
            best = found[interpreter.minor]
            patch = lambda i: tuple(int(p) for p in i.version.split(".")[:3] if p.isdigit())  # noqa: E731
            if best is None or patch(interpreter) > patch(best):
                found[interpreter.minor] = interpreter
    if mine in found:
        found[mine] = _probe((sys.executable,), "this build")
    return found
