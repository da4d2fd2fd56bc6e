"""Run documentation snippets as real programs, safely, concurrently and cached.

This is the one module that executes snippets. The MkDocs hook and the tests
both call it; it knows nothing about MkDocs.

Each snippet runs as ``python snippets/<topic>/<name>.py`` from the project
folder, with the build's interpreter, in a session (process group) of its own:

* past its time limit the whole group is killed;
* after the main process exits, any process of the group still alive after a
  short grace (resource_tracker and forkserver need a moment) is a leak: the
  group is killed and the run fails;
* stdout and stderr are captured together, stdout line-buffered as in a
  terminal (see startup/sitecustomize.py).

A snippet may declare options in one comment line, hidden from the page::

    # snippet: exit=1 timeout=20 alone

``exit`` is the expected exit code (default 0; ``exit.spawn=1`` sets it for
one start method, for code that breaks only there), ``timeout`` the limit in
seconds (default 30) and ``alone`` marks a timing-sensitive or CPU-bound
snippet that must not share the machine with other snippets.

Results that passed are cached in ``.snippet-cache/`` by the content of the
snippet and of the snippet modules it imports, the Python version, the
platform, the CPU count and the start method.
"""

from __future__ import annotations

import ast
import concurrent.futures
import contextlib
import dataclasses
import datetime
import functools
import hashlib
import json
import os
import platform
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

PROJECT = Path(__file__).resolve().parent.parent
# SNIPPET_CACHE_DIR lets the benchmark measure cold builds without touching your cache.
CACHE_DIR = Path(os.environ.get("SNIPPET_CACHE_DIR", PROJECT / ".snippet-cache"))
STARTUP_DIR = Path(__file__).resolve().parent / "startup"

DEFAULT_TIMEOUT = 30.0
LEAK_GRACE = 3.0
OPTION_LINE = re.compile(r"^# snippet:(.*)\n?", re.MULTILINE)
OWN_METHOD = re.compile(r"""set_start_method\(\s*["'](\w+)["']""")
POSIX = os.name == "posix"


class SnippetError(Exception):
    """A snippet that cannot be run as asked: the message names file and cause."""

    def __init__(self, path: Path, cause: str):
        super().__init__(f"{_show(path)}: {cause}")
        self.snippet = _show(path)
        self.cause = cause


@dataclasses.dataclass(frozen=True)
class Options:
    exit: int = 0
    timeout: float = DEFAULT_TIMEOUT
    alone: bool = False
    exit_by_method: tuple[tuple[str, int], ...] = ()  # from exit.spawn=1 and the like

    def expected_exit(self, method: str) -> int:
        return dict(self.exit_by_method).get(method, self.exit)


@dataclasses.dataclass
class Result:
    snippet: str  # path relative to the project, e.g. snippets/pymotw/five_workers.py
    method: str  # start method the run used
    output: str  # stdout and stderr, interleaved as written
    returncode: int | None
    seconds: float  # wall time of the main process
    problem: str | None  # why the run failed, or None
    ran_at: str  # ISO date and time of the run (UTC)
    python: str
    cached: bool = False

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def lines(self) -> list[str]:
        return self.output.splitlines()


# -- reading a snippet -------------------------------------------------------


def resolve(snippet: str | Path, project: Path = PROJECT) -> Path:
    """The snippet's absolute path; ``pymotw/x.py`` means ``snippets/pymotw/x.py``."""
    path = Path(snippet)
    if not path.is_absolute():
        path = project / path if path.parts[0] == "snippets" else project / "snippets" / path
    if not path.is_file():
        raise SnippetError(path, "file not found")
    return path


def project_of(path: Path) -> Path:
    """The folder that holds ``snippets/``: snippets run from there."""
    for parent in path.parents:
        if parent.name == "snippets":
            return parent.parent
    return path.parent


def _show(path: Path) -> str:
    try:
        return path.relative_to(project_of(path)).as_posix()
    except ValueError:
        return str(path)


def options(path: Path) -> Options:
    """The options declared in the snippet's ``# snippet:`` comment."""
    found: dict[str, object] = {}
    by_method: dict[str, int] = {}
    for match in OPTION_LINE.finditer(path.read_text()):
        for item in match.group(1).split():
            key, _, value = item.partition("=")
            try:
                if key == "exit":
                    found[key] = int(value)
                elif key.startswith("exit.") and key[5:] in ("fork", "forkserver", "spawn"):
                    by_method[key[5:]] = int(value)
                elif key == "timeout":
                    found[key] = float(value)
                elif key == "alone" and not value:
                    found[key] = True
                else:
                    raise ValueError
            except ValueError:
                raise SnippetError(path, f"bad snippet option {item!r}") from None
    return Options(**found, exit_by_method=tuple(sorted(by_method.items())))


def shown_source(path: Path) -> str:
    """The source a reader sees and copies: the file without its option comment."""
    return OPTION_LINE.sub("", path.read_text()).lstrip("\n")


def local_imports(path: Path) -> list[Path]:
    """Snippet modules (files beside it) that the snippet imports, recursively."""
    found: list[Path] = []
    todo = [path]
    while todo:
        tree = ast.parse(todo.pop().read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                module = path.parent / f"{name.split('.')[0]}.py"
                if module.is_file() and module not in found and module != path:
                    found.append(module)
                    todo.append(module)
    return found


def own_method(path: Path) -> str | None:
    """The start method a snippet sets for itself, if it does."""
    match = OWN_METHOD.search(path.read_text())
    return match.group(1) if match else None


@functools.lru_cache(maxsize=None)
def default_method() -> str:
    """The start method a fresh ``python`` of this interpreter uses by default."""
    code = "import multiprocessing as m; print(m.get_start_method())"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def available_methods() -> list[str]:
    import multiprocessing

    return multiprocessing.get_all_start_methods()


# -- caching ------------------------------------------------------------------


def cache_key(path: Path, method: str) -> str:
    digest = hashlib.sha256()
    for part in (sys.version, platform.platform(), str(os.cpu_count()), method):
        digest.update(part.encode() + b"\0")
    for runner_file in (Path(__file__), STARTUP_DIR / "sitecustomize.py"):  # how snippets are run
        digest.update(runner_file.read_bytes())
    for file in [path, *local_imports(path)]:
        digest.update(_show(file).encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


def _cache_file(path: Path, method: str) -> Path:
    return CACHE_DIR / f"{cache_key(path, method)}.json"


# -- running ------------------------------------------------------------------


class _Family:
    """Every process a snippet started, including orphans.

    POSIX: the snippet's process group (orphans move to PID 1 but keep the
    group). Windows has no process groups: while the snippet runs, a thread
    records every process whose parent is the snippet or one already
    recorded and that was created after the snippet started. Windows keeps a
    process's parent id when the parent dies, so an orphan is still found.
    ``by_group=False`` gives the Windows way on any system (for its test).
    """

    def __init__(self, proc: subprocess.Popen, by_group: bool = POSIX):
        self.pid = proc.pid  # on POSIX also its process group's id: it leads a new session
        self.by_group = by_group
        self.born_after = time.time() - 1  # its descendants are younger (1 s for clock granularity)
        self.seen: dict[int, psutil.Process] = {}
        self.seen_lock = threading.Lock()  # the watching thread and alive() both record
        self.watching = not by_group
        if self.watching:
            threading.Thread(target=self._watch, daemon=True).start()

    def _watch(self) -> None:
        while self.watching:
            self._record_descendants()
            time.sleep(0.01)

    def _record_descendants(self) -> None:
        listing = psutil.process_iter(["ppid", "create_time"])
        young = [proc for proc in listing if (proc.info["create_time"] or 0) >= self.born_after]
        with self.seen_lock:
            parents = {self.pid, *self.seen}
            found = True
            while found:  # pass over the one listing again: a grandchild may come before its parent
                found = False
                for proc in young:
                    if proc.pid not in parents and proc.info["ppid"] in parents:
                        self.seen[proc.pid] = proc
                        parents.add(proc.pid)
                        found = True

    def alive(self) -> list[psutil.Process]:
        """Processes still running (zombies count as dead: they only wait to be reaped)."""
        if self.by_group:
            candidates = []
            for proc in psutil.process_iter():
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    if os.getpgid(proc.pid) == self.pid:
                        candidates.append(proc)
        else:
            self._record_descendants()
            with self.seen_lock:
                candidates = list(self.seen.values())
        alive = []
        for proc in candidates:
            with contextlib.suppress(psutil.Error):
                if proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE:
                    alive.append(proc)
        return alive

    def wait_gone(self, seconds: float) -> list[psutil.Process]:
        deadline = time.monotonic() + seconds
        while (alive := self.alive()) and time.monotonic() < deadline:
            time.sleep(0.05)
        return alive

    def kill(self) -> None:
        if self.by_group:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.pid, signal.SIGKILL)
        else:
            for proc in self.alive():
                with contextlib.suppress(psutil.Error):
                    proc.kill()
        self.watching = False


def _describe(procs: list[psutil.Process]) -> str:
    names = []
    for proc in procs:
        with contextlib.suppress(psutil.Error):
            names.append(f"{proc.pid} ({proc.name()})")
    return ", ".join(names) or "?"


@contextlib.contextmanager
def _machine_share(alone: bool):
    """Shared lock for ordinary runs, exclusive for ``alone`` ones, across processes."""
    if not POSIX:
        yield
        return
    import fcntl

    # One lock for the whole machine: "alone" must hold across checkouts and test workers.
    with open(Path(tempfile.gettempdir()) / "snippet-runner.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX if alone else fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _execute(path: Path, method: str, opts: Options) -> Result:
    project = project_of(path)
    rel = _show(path)
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONUNBUFFERED", None)
    env.pop("MPBE_START_METHOD", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(STARTUP_DIR), env.get("PYTHONPATH")]))
    if method != default_method() and own_method(path) is None:
        env["MPBE_START_METHOD"] = method
    chunks: list[bytes] = []
    ran_at = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    with _machine_share(opts.alone):
        started = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, rel],
            cwd=project,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=POSIX,
            creationflags=0 if POSIX else subprocess.CREATE_NEW_PROCESS_GROUP,
        )
        # Read in a thread: a leaked grandchild holding the pipe must not hide the main exit.
        reader = threading.Thread(target=lambda: chunks.extend(iter(lambda: proc.stdout.read1(65536), b"")))
        reader.start()
        family = _Family(proc)
        problem = None
        try:
            proc.wait(timeout=opts.timeout)
        except subprocess.TimeoutExpired:
            problem = f"timed out after {opts.timeout:g} s (process group killed)"
        seconds = time.monotonic() - started
        if problem is None:
            leftovers = family.wait_gone(LEAK_GRACE)
            if leftovers:
                problem = f"left process(es) running after exit: {_describe(leftovers)} (killed)"
        family.kill()
        proc.kill()
        proc.wait()
        survivors = family.wait_gone(5)
        if survivors:
            problem = f"could not kill its processes: {_describe(survivors)}"
        reader.join(timeout=5)
        proc.stdout.close()
    output = b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")
    # Show paths inside the project as a reader would see them after `git clone`.
    output = output.replace(str(project) + os.sep, "")
    expected = opts.expected_exit(method)
    if problem is None and proc.returncode != expected:
        last = output.strip().splitlines()[-1:] or ["no output"]
        problem = f"exited with {proc.returncode}, expected {expected} (last line: {last[0]})"
    return Result(rel, method, output, proc.returncode, round(seconds, 3), problem, ran_at, platform.python_version())


def run(snippet: str | Path, method: str | None = None, *, cache: bool = True, project: Path = PROJECT) -> Result:
    """Run one snippet under ``method`` (default: the interpreter's default).

    A snippet that sets its own start method always runs under that one.
    """
    path = resolve(snippet, project)
    method = own_method(path) or method or default_method()
    if method not in available_methods():
        raise SnippetError(path, f"start method {method!r} is not available here")
    opts = options(path)
    cache_file = _cache_file(path, method)
    if cache and cache_file.is_file():
        result = Result(**json.loads(cache_file.read_text()))
        result.cached = True
        return result
    result = _execute(path, method, opts)
    if cache and result.ok:
        CACHE_DIR.mkdir(exist_ok=True)
        tmp = cache_file.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(dataclasses.asdict(result), indent=1))
        tmp.replace(cache_file)
    return result


def run_many(
    requests: list[tuple[str, str | None]], jobs: int = 16, project: Path = PROJECT
) -> dict[tuple[str, str | None], Result]:
    """Run many (snippet, method) pairs: ordinary ones concurrently, then ``alone`` ones one by one.

    A request that cannot run (missing file, bad option) gives a Result whose
    problem says why, so the caller reports every failure, not just the first.
    ``jobs`` is more than the CPU count because most snippets spend their time
    asleep (measured here: 16 at once beat 8, and more gained nothing).
    """
    results: dict[tuple[str, str | None], Result] = {}

    def one(request: tuple[str, str | None]) -> None:
        snippet, method = request
        try:
            results[request] = run(snippet, method, project=project)
        except SnippetError as error:
            results[request] = Result(error.snippet, method or "", "", None, 0.0, error.cause, "", "")

    def is_alone(request: tuple[str, str | None]) -> bool:
        try:
            return options(resolve(request[0], project)).alone
        except SnippetError:
            return False

    unique = list(dict.fromkeys(requests))
    shared = [r for r in unique if not is_alone(r)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(one, shared))
    for request in unique:
        if request not in results:
            one(request)
    return results


def main(argv: list[str]) -> int:
    """``python tools/snippet_runner.py SNIPPET [METHOD]``: run one snippet, print its output."""
    if not argv or argv[0] in {"-h", "--help"}:
        print(main.__doc__)
        return 2
    result = run(argv[0], argv[1] if len(argv) > 1 else None, cache=False)
    print(result.output, end="")
    status = "ok" if result.ok else f"FAILED: {result.problem}"
    print(f"--- {result.snippet} [{result.method}] exit {result.returncode}, {result.seconds:.2f} s: {status}")
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
