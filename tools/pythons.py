"""Every CPython of ``pythons.txt``, found or made on this machine, and tested.

``pythons.txt`` (top of the project) is the one list of minor versions the
site is built and tested with. For each of them this module knows one
interpreter, with a virtual environment that holds the project's requirements
for running snippets and their tests (a reader who did ``pip install psutil``
has the same).

Where an interpreter comes from, per minor version:

* the Python running this code (the build's own) always serves its own minor;
* otherwise the newest patch release among ``python3.X`` on PATH, pyenv's
  versions and, where one of the versions cannot be had from those, a Debian
  sid chroot that ``make pythons`` makes itself (``debootstrap``, then
  ``apt-get`` inside it). Newest wins because readers install patch releases
  and behaviour moves in them (the forkserver since 3.13.8 and 3.14.1).

Venvs and the chroot live outside the checkout, in a machine cache
(``$MPBE_CACHE``, default ``/var/cache/multiprocessing-by-example`` for root,
``~/.cache/multiprocessing-by-example`` otherwise) that several checkouts may
share: setup holds a lock, and a venv's name carries a hash of the base
interpreter and of the requirements it holds, so a changed requirements.txt
makes a new venv.

Commands (``python tools/pythons.py COMMAND``):

* ``prepare``: ``make pythons``. Finds and makes the interpreters, then
  records them for ``find()``.
* ``test``: ``make test-pythons``. Under each interpreter, the strict build
  and every snippet and runner test; one summary line per interpreter.
* ``list``: what ``find()`` gives here.
* ``run 3.14 ARGS...``: ``python ARGS`` under that one (in the chroot if it
  lives there), e.g. ``run 3.14 tools/snippet_runner.py pymotw/exit_codes.py``.
* ``versions --json`` / ``versions --lines``: the list, for the workflow.

Only the standard library: the workflow and ``make`` run it with any Python.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import functools
import hashlib
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
LIST_FILE = PROJECT / "pythons.txt"
REQUIREMENTS = PROJECT / "requirements.txt"
IN_SID = PROJECT / "tools" / "in-sid"
ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
_DEFAULT_CACHE = (
    Path("/var/cache/multiprocessing-by-example")
    if ROOT
    else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "multiprocessing-by-example"
)
CACHE = Path(os.environ.get("MPBE_CACHE") or _DEFAULT_CACHE)
SID = CACHE / "sid"  # the chroot's root folder
SID_READY = CACHE / "sid.ready"  # written last: a chroot without it is half made
SID_VENVS = "/opt/venvs"  # inside the chroot
IN_CHROOT_MARK = Path("/etc/mpbe-sid")  # a file that exists only inside the chroot
DEBIAN_MIRROR = os.environ.get("MPBE_DEBIAN_MIRROR", "http://deb.debian.org/debian")

# Requirements the interpreters' venvs leave out: the browser tests and the
# workflow linter run only under the build's own Python (`make test`), and
# Playwright's greenlet needs a compiler where it has no wheel yet.
NOT_IN_VENVS = {"playwright", "axe-playwright-python", "zizmor"}

# Sources, in the order that breaks a tie between equal versions.
THIS_BUILD, PATH_SOURCE, PYENV, CHROOT = "this build", "PATH", "pyenv", "Debian sid (chroot)"
SOURCE_ORDER = (THIS_BUILD, PATH_SOURCE, PYENV, CHROOT)

PROBE = (
    "import json, multiprocessing, platform, sys, sysconfig; print(json.dumps({"
    "'implementation': platform.python_implementation(), 'version': platform.python_version(), "
    "'minor': '%d.%d' % sys.version_info[:2], 'executable': sys.executable, "
    "'free_threaded': bool(sysconfig.get_config_var('Py_GIL_DISABLED')), "
    "'default_method': multiprocessing.get_start_method()}))"
)


def read_versions(path: Path = LIST_FILE) -> list[str]:
    """The minor versions in ``pythons.txt``: one per line, ``#`` starts a comment."""
    versions = []
    for number, line in enumerate(path.read_text().splitlines(), 1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        if not re.fullmatch(r"3\.\d+", text) or text in versions:
            raise ValueError(f"{path.name}:{number}: expected a new minor version like 3.14, got {text!r}")
        versions.append(text)
    return versions


VERSIONS: list[str] = read_versions()


@dataclasses.dataclass(frozen=True)
class Interpreter:
    minor: str  # "3.14"
    version: str  # "3.14.10": platform.python_version() of it
    argv: tuple[str, ...]  # the command that runs it: (venv python,) or (tools/in-sid, python in the chroot)
    source: str  # where it came from, for the page: "this build", "pyenv", "PATH", "Debian sid (chroot)"
    default_method: str  # multiprocessing.get_start_method() of a fresh run of it

    @property
    def in_chroot(self) -> bool:
        return self.argv[0] == str(IN_SID)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version)[:3])


def _own_minor() -> str:
    return "%d.%d" % sys.version_info[:2]


# -- the requirements of a venv and the names that follow from them ----------------


def venv_requirements(requirements: Path = REQUIREMENTS) -> list[str]:
    """The lines of requirements.txt an interpreter's venv installs (pins kept)."""
    wanted = []
    for line in requirements.read_text().splitlines():
        text = line.split("#", 1)[0].strip()
        if text and re.split(r"[\s=<>!~\[;]", text, maxsplit=1)[0].lower() not in NOT_IN_VENVS:
            wanted.append(text)
    return wanted


def requirements_key() -> str:
    return hashlib.sha256("\n".join(venv_requirements()).encode()).hexdigest()[:12]


def venv_name(minor: str, base: str) -> str:
    """The venv's folder name: which Python, from which base interpreter, with which requirements."""
    digest = hashlib.sha256(f"{base}\n{requirements_key()}".encode()).hexdigest()[:12]
    return f"{minor}-{digest}"


def state_file(root: Path = CACHE) -> Path:
    """What `make pythons` found, for this requirements.txt (the chroot keeps a copy in SID_VENVS)."""
    return root / f"pythons-{requirements_key()}.json"


# -- find(): fast, read-only ------------------------------------------------------


@functools.lru_cache(maxsize=None)
def _own_default_method() -> str:
    code = "import multiprocessing as m; print(m.get_start_method())"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def _load_state() -> dict:
    """The record of the last `make pythons`, read where this process runs (host or chroot)."""
    inside = IN_CHROOT_MARK.exists()
    path = Path(SID_VENVS) / state_file(Path(".")).name if inside else state_file()
    with contextlib.suppress(OSError, ValueError):
        return json.loads(path.read_text())
    return {}


def _usable(entry: dict, inside_chroot: bool) -> tuple[str, ...] | None:
    """The argv of a recorded interpreter if it can run from here, else None."""
    python = entry["python"]
    if entry["source"] == CHROOT:
        if inside_chroot:
            return (python,) if Path(python).exists() else None
        venv_on_host = SID / Path(python).parent.parent.relative_to("/")
        # Not python itself: the venv's python is a link to /usr/bin/python3.X, true inside only.
        if ROOT and SID_READY.exists() and IN_SID.exists() and (venv_on_host / ".mpbe-ready").exists():
            return (str(IN_SID), python)
        return None
    if inside_chroot:
        return None  # host interpreters are not visible inside the chroot
    return (python,) if Path(python).exists() else None


@functools.lru_cache(maxsize=None)
def find() -> dict[str, Interpreter | None]:
    """Every minor of VERSIONS -> the interpreter `make pythons` prepared for it, or None.

    No installs, no network, no subprocess except one for this interpreter's
    default start method. The interpreter running this code serves its own
    minor version. Inside the chroot only the chroot's interpreters can run.
    """
    state = _load_state().get("interpreters", {})
    inside = IN_CHROOT_MARK.exists()
    found: dict[str, Interpreter | None] = {}
    for minor in VERSIONS:
        if minor == _own_minor():
            found[minor] = Interpreter(
                minor, platform.python_version(), (sys.executable,), THIS_BUILD, _own_default_method()
            )
            continue
        entry = state.get(minor)
        argv = _usable(entry, inside) if entry and "python" in entry else None
        found[minor] = (
            Interpreter(minor, entry["version"], argv, entry["source"], entry["default_method"]) if argv else None
        )
    return found


def why_missing(minor: str) -> str:
    """Why find() has no interpreter for ``minor`` (for a line on a page or in a summary)."""
    entry = _load_state().get("interpreters", {}).get(minor)
    if entry and "missing" in entry:
        return entry["missing"]
    if entry:
        return f"prepared as {entry['source']}, but it cannot run from here"
    return "not prepared: run `make pythons`"


# -- prepare(): `make pythons` ------------------------------------------------------


def say(message: str) -> None:
    print(f"pythons: {message}", flush=True)


def _probe(argv: list[str]) -> dict | None:
    try:
        done = subprocess.run([*argv, "-c", PROBE], capture_output=True, text=True, timeout=60, cwd=PROJECT)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    with contextlib.suppress(ValueError, IndexError):
        return json.loads(done.stdout.strip().splitlines()[-1])
    return None


def _host_candidates(minor: str) -> list[tuple[str, str]]:
    """(python, source) pairs for ``minor`` on PATH and in pyenv's versions folder."""
    found = []
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        path = Path(folder or ".") / f"python{minor}"
        if path.is_file() and os.access(path, os.X_OK):
            found.append((str(path), PATH_SOURCE))
    pyenv_root = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv")
    try:
        folders = sorted((pyenv_root / "versions").glob(f"{minor}.*"))
    except OSError:  # a pyenv this user may not read
        folders = []
    for folder in folders:
        if re.fullmatch(re.escape(minor) + r"\.\d+", folder.name):  # CPython releases only (no t, -dev)
            found.append((str(folder / "bin" / f"python{minor}"), PYENV))
    return found


def _pick_host(minor: str) -> dict | None:
    """The newest CPython ``minor`` on PATH or in pyenv (a pyenv shim that fails is skipped)."""
    pyenv_root = str(Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv").resolve())
    best = None
    seen = set()
    for python, source in _host_candidates(minor):
        info = _probe([python])
        if not info or info["implementation"] != "CPython" or info["minor"] != minor or info["free_threaded"]:
            continue
        real = os.path.realpath(info["executable"])
        if real in seen:
            continue
        seen.add(real)
        if real.startswith(pyenv_root + os.sep):
            source = PYENV  # a python3.X on PATH that is pyenv's
        candidate = {"base": info["executable"], "version": info["version"], "source": source}
        rank = (_version_key(info["version"]), -SOURCE_ORDER.index(source))
        if best is None or rank > best[0]:
            best = (rank, candidate)
    return best[1] if best else None


def _run(argv: list[str], what: str, **kwargs) -> None:
    """Run a setup step; on failure raise with its last lines of output."""
    done = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kwargs)
    if done.returncode != 0:
        tail = "\n".join(done.stdout.strip().splitlines()[-15:])
        raise RuntimeError(f"{what} failed (exit {done.returncode}):\n{tail}")


def _in_sid(*argv: str, env: dict[str, str] | None = None) -> list[str]:
    """A command run in the chroot, with extra environment variables set inside."""
    extra = [f"{key}={value}" for key, value in (env or {}).items()]
    return [str(IN_SID), "/usr/bin/env", *extra, *argv]


APT_ENV = {"DEBIAN_FRONTEND": "noninteractive"}


def _make_chroot() -> None:
    """A minimal Debian sid, ready for apt and for pip through this machine's certificates."""
    if shutil.which("debootstrap") is None:
        say("installing debootstrap with apt-get")
        _run(["apt-get", "update", "-qq"], "apt-get update")
        _run(["apt-get", "install", "-y", "-qq", "debootstrap"], "apt-get install debootstrap",
             env=dict(os.environ, **APT_ENV))
    if SID.exists():
        say(f"removing a half-made chroot in {SID}")
        shutil.rmtree(SID)
    say(f"making a Debian sid chroot in {SID} (debootstrap --variant=minbase, a few minutes)")
    _run(["debootstrap", "--variant=minbase", "sid", str(SID), DEBIAN_MIRROR], "debootstrap")
    # The mirror's sid Release file can be past its Valid-Until date.
    (SID / "etc/apt/apt.conf.d/99mpbe").write_text(
        'Acquire::Check-Valid-Until "false";\nAPT::Install-Recommends "false";\n'
    )
    shutil.copy("/etc/resolv.conf", SID / "etc/resolv.conf")
    # HTTPS to the registries goes through this machine's locally added CA certificates.
    local_certs = Path("/usr/local/share/ca-certificates")
    if local_certs.is_dir():
        shutil.copytree(local_certs, SID / "usr/local/share/ca-certificates", dirs_exist_ok=True)
    (SID / SID_VENVS.lstrip("/")).mkdir(parents=True, exist_ok=True)
    # From here on in-sid works (it looks for this file); ca-certificates installs the local certificates.
    (SID / IN_CHROOT_MARK.relative_to("/")).write_text(
        "The Debian sid chroot of Multiprocessing by Example (tools/pythons.py).\n"
    )
    _run(_in_sid("apt-get", "update", "-qq"), "apt-get update (chroot)", cwd=PROJECT)
    _run(_in_sid("apt-get", "install", "-y", "-qq", "ca-certificates", env=APT_ENV),
         "apt-get install ca-certificates (chroot)", cwd=PROJECT)
    _run(_in_sid("update-ca-certificates"), "update-ca-certificates (chroot)", cwd=PROJECT)
    SID_READY.write_text(time.strftime("%Y-%m-%d %H:%M:%S\n"))


def _chroot_pythons(minors: list[str]) -> None:
    """Install python3.X (and its venv module) in the chroot for each minor sid has, once."""
    tried_file = CACHE / "sid.tried"
    tried = set(tried_file.read_text().split()) if tried_file.exists() else set()
    todo = [m for m in minors if m not in tried and not (SID / f"usr/bin/python{m}").exists()]
    if not todo:
        return
    _run(_in_sid("apt-get", "update", "-qq"), "apt-get update (chroot)", cwd=PROJECT)
    packages = []
    for minor in todo:
        show = subprocess.run(_in_sid("apt-cache", "show", f"python{minor}-venv"), cwd=PROJECT,
                              capture_output=True, text=True)
        if show.returncode == 0 and show.stdout.strip():
            packages += [f"python{minor}", f"python{minor}-venv"]
    if packages:
        say("installing in the chroot: " + " ".join(packages))
        _run(_in_sid("apt-get", "install", "-y", "-qq", *packages, env=APT_ENV),
             "apt-get install (chroot)", cwd=PROJECT)
        _run(_in_sid("apt-get", "clean"), "apt-get clean (chroot)", cwd=PROJECT)
    tried_file.write_text(" ".join(sorted(tried | set(todo), key=_version_key)) + "\n")


def _make_venv(minor: str, base: str, in_chroot: bool) -> str:
    """The venv for ``base`` with venv_requirements(), made if missing; returns its python."""
    name = venv_name(minor, base)
    folder = Path(SID_VENVS) / name if in_chroot else CACHE / "venvs" / name
    on_host = SID / folder.relative_to("/") if in_chroot else folder
    python = str(folder / "bin" / "python")
    if (on_host / ".mpbe-ready").exists():
        return python
    say(f"making the venv for Python {minor}: {on_host}")
    if on_host.exists():
        shutil.rmtree(on_host)
    on_host.parent.mkdir(parents=True, exist_ok=True)
    wrap = (lambda *argv, env=None: _in_sid(*argv, env=env)) if in_chroot else (lambda *argv, env=None: list(argv))
    _run(wrap(base, "-m", "venv", str(folder)), f"python{minor} -m venv", cwd=PROJECT)
    (on_host / "requirements.txt").write_text("\n".join(venv_requirements()) + "\n")
    pip_env = {"PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    if in_chroot:
        pip_env["PIP_CERT"] = "/etc/ssl/certs/ca-certificates.crt"  # the chroot's, with the local CAs
    _run(wrap(python, "-m", "pip", "install", "--quiet", "-r", str(folder / "requirements.txt"), env=pip_env),
         f"pip install into the Python {minor} venv", cwd=PROJECT, env=dict(os.environ, **pip_env))
    (on_host / ".mpbe-ready").write_text(f"{base}\n")
    return python


@contextlib.contextmanager
def _setup_lock():
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / "setup.lock", "w") as lock:
        if os.name == "posix":
            import fcntl

            fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def prepare() -> dict[str, dict]:
    """`make pythons`: find or make an interpreter for every minor of VERSIONS; record them.

    Never raises for a version it cannot get: that version is recorded as
    missing, with the reason, and the others go on.
    """
    record: dict[str, dict] = {}
    with _setup_lock():
        chosen: dict[str, dict] = {}
        for minor in VERSIONS:
            if minor == _own_minor():
                chosen[minor] = {"base": sys.executable, "version": platform.python_version(), "source": THIS_BUILD}
            elif host := _pick_host(minor):
                chosen[minor] = host
        missing = [m for m in VERSIONS if m not in chosen]
        sid_note = None
        if missing or SID_READY.exists():
            if not ROOT:
                sid_note = "the Debian sid chroot needs root"
            elif not SID_READY.exists():
                try:
                    _make_chroot()
                except (OSError, RuntimeError) as error:
                    sid_note = f"the Debian sid chroot could not be made: {str(error).splitlines()[0]}"
                    say(str(error))
                    SID_READY.unlink(missing_ok=True)
            if sid_note is None:
                try:
                    _chroot_pythons([m for m in VERSIONS if m != _own_minor()])
                except RuntimeError as error:
                    say(str(error))
                for minor in VERSIONS:
                    if minor == _own_minor() or not (SID / f"usr/bin/python{minor}").exists():
                        continue
                    info = _probe(_in_sid(f"/usr/bin/python{minor}"))
                    if not info:
                        continue
                    current = chosen.get(minor)
                    if current is None or _version_key(info["version"]) > _version_key(current["version"]):
                        chosen[minor] = {"base": f"/usr/bin/python{minor}", "version": info["version"],
                                         "source": CHROOT}
        if sid_note:
            say(f"{sid_note}: left out " + (", ".join(missing) if missing else "nothing"))
        for minor in VERSIONS:
            pick = chosen.get(minor)
            if pick is None:
                reason = sid_note or f"no CPython {minor} on PATH, in pyenv or in Debian sid"
                record[minor] = {"missing": reason}
                continue
            in_chroot = pick["source"] == CHROOT
            try:
                python = pick["base"] if pick["source"] == THIS_BUILD else _make_venv(minor, pick["base"], in_chroot)
            except (OSError, RuntimeError) as error:
                say(str(error))
                record[minor] = {"missing": f"its venv could not be made: {str(error).splitlines()[0]}"}
                continue
            info = _probe(_in_sid(python) if in_chroot else [python])
            if not info:
                record[minor] = {"missing": f"{python} does not run"}
                continue
            origin = pick["source"]
            if origin == THIS_BUILD:  # for other processes that read the record it is a PATH or pyenv Python
                origin = PYENV if "/.pyenv/" in os.path.realpath(sys.base_prefix) + "/" else PATH_SOURCE
            record[minor] = {"python": python, "version": info["version"], "source": origin,
                             "default_method": info["default_method"]}
        state = {"requirements": venv_requirements(), "interpreters": record,
                 "prepared_at": time.strftime("%Y-%m-%d %H:%M:%S")}
        targets = [state_file()]
        if SID_READY.exists():
            targets.append(SID / SID_VENVS.lstrip("/") / state_file(Path(".")).name)
        for target in targets:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(state, indent=1) + "\n")
            tmp.replace(target)
    find.cache_clear()
    return record


# -- test(): `make test-pythons` ---------------------------------------------------


@dataclasses.dataclass
class Outcome:
    interpreter: Interpreter
    build_ok: bool
    passed: int
    failed: int  # failures and errors
    seconds: float
    failures: list[tuple[str, str]]  # (test id, first line of its error)
    trouble: str | None = None  # a pytest run that did not finish normally


def summary_line(outcome: Outcome) -> str:
    """One line: full version, where from, default start method, build, test counts, time."""
    i = outcome.interpreter
    build = "strict build ok" if outcome.build_ok else "strict build FAILED"
    line = (f"Python {i.version} ({i.source}), default {i.default_method}: {build}, "
            f"tests {outcome.passed} passed, {outcome.failed} failed, {outcome.seconds:.0f} s")
    return line + (f" ({outcome.trouble})" if outcome.trouble else "")


def missing_line(minor: str, reason: str) -> str:
    return f"Python {minor}: not available here ({reason})"


def test_targets() -> list[str]:
    """Every snippet test folder (tests/<topic>/, mirroring snippets/<topic>/) and the runner tests."""
    topics = sorted(f.name for f in (PROJECT / "snippets").iterdir() if f.is_dir())
    folders = [f"tests/{t}" for t in topics if (PROJECT / "tests" / t).is_dir()]
    return [*folders, "tests/test_runner.py", "tests/test_faults.py"]


def command(interpreter: Interpreter, args: list[str], env: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    """argv and environment that run ``python ARGS`` under ``interpreter`` with ``env`` added."""
    if interpreter.in_chroot:  # in-sid passes only PYTHON* and MPBE_*: set the rest inside
        extra = [f"{key}={value}" for key, value in env.items()]
        return [interpreter.argv[0], "/usr/bin/env", *extra, *interpreter.argv[1:], *args], dict(os.environ)
    return [*interpreter.argv, *args], dict(os.environ, **env)


def read_junit(path: Path) -> tuple[int, int, list[tuple[str, str]]]:
    """passed, failed (failures + errors) and (test id, first error line) from a pytest junit XML file."""
    passed = failed = 0
    failures = []
    for case in ElementTree.parse(path).getroot().iter("testcase"):
        problems = [child for child in case if child.tag in ("failure", "error")]
        if any(child.tag == "skipped" for child in case) and not problems:
            continue
        if not problems:
            passed += 1
            continue
        failed += 1
        test_id = case.get("classname", "").replace(".", "/") + ".py::" + case.get("name", "")
        message = (problems[0].get("message") or problems[0].text or "").strip()
        first = next((line for line in message.splitlines() if line.strip()), "(no message)")
        failures.append((test_id, first[:200]))
    return passed, failed, failures


def first_build_error(output: str) -> str:
    """The line of a failed `mkdocs build` that says why: its first warning or error, else its last line."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    cause = next((line for line in lines if re.match(r"(WARNING|ERROR)\s+-", line)), None)
    return (cause or (lines[-1] if lines else "no output"))[:300]


def test_one(interpreter: Interpreter, logs: Path) -> Outcome:
    started = time.monotonic()
    logs.mkdir(parents=True, exist_ok=True)
    for old in logs.glob("*"):
        old.unlink()
    snippet_cache = PROJECT / ".snippet-cache" / "pythons" / interpreter.minor  # its own, `make clean` empties it
    snippet_cache.mkdir(parents=True, exist_ok=True)
    env = {"SNIPPET_CACHE_DIR": str(snippet_cache), "NO_MKDOCS_2_WARNING": "1"}
    print(f"\n=== Python {interpreter.version} ({interpreter.source}): strict build", flush=True)
    with tempfile.TemporaryDirectory(prefix="mpbe-site-") as site:
        argv, full_env = command(interpreter, ["-m", "mkdocs", "build", "--strict", "--site-dir", site], env)
        build = subprocess.run(argv, env=full_env, cwd=PROJECT, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    (logs / "build.log").write_text(build.stdout)
    build_ok = build.returncode == 0
    if not build_ok:
        print(build.stdout[-4000:], flush=True)
    print(f"strict build {'ok' if build_ok else 'FAILED'}", flush=True)
    passed = failed = 0
    failures: list[tuple[str, str]] = []
    trouble = []
    # As `make test`: the tests of snippets that measure the machine last, one at a time.
    for name, marks in (("shared", ["-m", "not alone"]), ("alone", ["-m", "alone", "-n", "0"])):
        print(f"=== Python {interpreter.version}: tests ({name})", flush=True)
        junit = logs / f"junit-{name}.xml"
        argv, full_env = command(interpreter, ["-m", "pytest", *marks, f"--junitxml={junit}", *test_targets()], env)
        run = subprocess.run(argv, env=full_env, cwd=PROJECT)
        if run.returncode not in (0, 1, 5):  # 5: no test carried this mark
            trouble.append(f"pytest ({name}) exited with {run.returncode}")
        if junit.exists():
            counts = read_junit(junit)
            passed += counts[0]
            failed += counts[1]
            failures += counts[2]
        elif run.returncode != 5:
            trouble.append(f"pytest ({name}) wrote no report")
    return Outcome(interpreter, build_ok, passed, failed, time.monotonic() - started, failures,
                   "; ".join(trouble) or None)


def test_all() -> int:
    """`make test-pythons`: build and test under every interpreter; summary lines last."""
    # Stopped (CI's time limit, a kill): leave by an exception, so subprocess.run kills the running pytest.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    outcomes: list[Outcome] = []
    absent: list[str] = []
    for minor, interpreter in find().items():
        if interpreter is None:
            absent.append(minor)
            print(missing_line(minor, why_missing(minor)), flush=True)
            continue
        outcomes.append(test_one(interpreter, PROJECT / "test-artifacts" / "pythons" / minor))
    print("\n=== Failed tests, per Python", flush=True)
    for outcome in outcomes:
        for test_id, first in outcome.failures:
            print(f"Python {outcome.interpreter.version}: {test_id}: {first}")
        if not outcome.build_ok:
            log = PROJECT / "test-artifacts" / "pythons" / outcome.interpreter.minor / "build.log"
            print(f"Python {outcome.interpreter.version}: strict build: {first_build_error(log.read_text())} "
                  f"(all of it: {log.relative_to(PROJECT)})")
    print("\n=== make test-pythons: one line per Python", flush=True)
    for minor in VERSIONS:
        done = next((o for o in outcomes if o.interpreter.minor == minor), None)
        print(summary_line(done) if done else missing_line(minor, why_missing(minor)), flush=True)
    bad = [o for o in outcomes if not o.build_ok or o.failed or o.trouble or not o.passed]
    return 1 if bad or not outcomes else 0


def list_found() -> None:
    for minor, interpreter in find().items():
        if interpreter is None:
            print(missing_line(minor, why_missing(minor)))
        else:
            print(f"Python {interpreter.version} ({interpreter.source}), default {interpreter.default_method}: "
                  + " ".join(interpreter.argv))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="tools/pythons.py", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("prepare", help="find or make every interpreter (make pythons)")
    sub.add_parser("test", help="strict build and tests under every interpreter (make test-pythons)")
    sub.add_parser("list", help="what find() gives here")
    run = sub.add_parser("run", help="run python ARGS under one of them: run 3.14 snippets/pymotw/exit_codes.py")
    run.add_argument("minor", choices=VERSIONS)
    run.add_argument("args", nargs=argparse.REMAINDER, help="the arguments of python")
    versions = sub.add_parser("versions", help="the list of pythons.txt, for the workflow")
    versions.add_argument("--json", action="store_true", help="as one JSON array")
    versions.add_argument("--lines", action="store_true", help="one per line (the default)")
    args = parser.parse_args(argv)
    if args.command == "versions":
        print(json.dumps(VERSIONS) if args.json else "\n".join(VERSIONS))
        return 0
    if args.command == "prepare":
        record = prepare()
        for minor in VERSIONS:
            entry = record[minor]
            if "missing" in entry:
                print(missing_line(minor, entry["missing"]))
            else:
                source = THIS_BUILD if minor == _own_minor() else entry["source"]
                print(f"Python {entry['version']} ({source}), default {entry['default_method']}: {entry['python']}")
        return 0
    if args.command == "list":
        list_found()
        return 0
    if args.command == "run":
        interpreter = find()[args.minor]
        if interpreter is None:
            print(missing_line(args.minor, why_missing(args.minor)), file=sys.stderr)
            return 1
        sys.stdout.flush()
        os.execv(interpreter.argv[0], [*interpreter.argv, *args.args])
    return test_all()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
