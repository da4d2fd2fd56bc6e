"""Run documentation snippets as real programs, safely, concurrently and cached.

This is the one module that executes snippets. The MkDocs hook and the tests
both call it; it knows nothing about MkDocs.

Each snippet runs as ``python snippets/<topic>/<name>.py``, exactly as a
reader runs it: stdout and stderr go to one pipe (block-buffered, as through
``| cat``), nothing is added at start-up except, for a start-method tab, the
equivalent of one ``set_start_method()`` line (see startup/sitecustomize.py).
Around it:

* a scratch copy: the snippet and the snippet modules it imports are copied
  into a temporary folder with the same ``snippets/<topic>/`` layout and run
  from there; that folder's parent is the snippet's ``TMPDIR``, and both are
  removed afterwards, so nothing a snippet writes lands in the checkout;
* a supervisor process (this module, ``--supervise``) starts the snippet and
  keeps track of every process it starts. On Linux the supervisor is a child
  subreaper (``prctl(PR_SET_CHILD_SUBREAPER)``): orphans, escaped sessions and
  double-forked daemons are re-parented to it, so they stay its descendants.
  Elsewhere it records descendants by parent id while the snippet runs;
* past the time limit, on a leak (a process still running ``LEAK_GRACE``
  seconds after the main process exited), on Ctrl-C, when the output passes
  its limit, or when the runner goes away, every descendant is killed. Python's
  resource trackers are killed last, after they have had a moment to remove
  the named semaphores of the processes killed before them;
* an ``alone`` snippet (it measures the machine) waits until the machine is
  quiet, runs with no other snippet running, and is discarded, never cached,
  when other processes used the CPU while it measured.

A snippet may declare options in one comment line, hidden from the page::

    # snippet: exit=1 timeout=20 output=2M alone

``exit`` is the expected exit code (default 0; ``exit.spawn=1`` sets it for
one start method), ``timeout`` the limit in seconds (default 30), ``output``
the most output it may print (default 1M), ``alone`` marks a snippet that
measures the machine and ``posix`` one that needs a POSIX system.

``run(name, terminal=True)`` runs it as a reader does in a terminal instead:
stdout and stderr on a pseudo-terminal (POSIX only; line-buffered there), under
the interpreter's default start method, with nothing added at start-up.

Results that passed are cached in ``.snippet-cache/`` by the content of the
snippet and of the snippet modules it imports, the interpreter, the platform,
the CPU count, the start method and whether it ran in a terminal.
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
import math
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

PROJECT = Path(__file__).resolve().parent.parent
# SNIPPET_CACHE_DIR lets the benchmark and `make mutate` use a cache of their own.
CACHE_DIR = Path(os.environ.get("SNIPPET_CACHE_DIR", PROJECT / ".snippet-cache"))
STARTUP_DIR = Path(__file__).resolve().parent / "startup"

DEFAULT_TIMEOUT = 30.0
DEFAULT_OUTPUT = 1_000_000  # bytes
LEAK_GRACE = 3.0  # resource_tracker and the forkserver exit just after the main process
POLL = 0.05  # how often the supervisor lists the snippet's processes
QUIET_CPUS = 0.25  # CPUs that other processes may keep busy while an `alone` snippet measures
QUIET_WAIT = 60.0  # how long an `alone` snippet waits for a quiet machine
ALONE_ATTEMPTS = 3
METHODS = ("fork", "forkserver", "spawn")
POSIX = os.name == "posix"
LINUX = sys.platform.startswith("linux")

OPTION_LINE = re.compile(r"^# snippet: (?P<items>\S[^\n]*?)[ \t]*$")  # the one documented form
LOOKS_LIKE_OPTIONS = re.compile(r"^\s*#+\s*snippet\b", re.IGNORECASE)
OWN_METHOD = re.compile(r"""set_start_method\(\s*["'](\w+)["']""")
SIZE = re.compile(r"^(\d+)([kKmM]?)$")
TRACEBACK_FRAME = re.compile(r'^  File "(snippets/[^"]+\.py)", line (\d+)', re.M)


class SnippetError(Exception):
    """A snippet that cannot be run as asked: the message names the file (and line) and the cause."""

    def __init__(self, path: Path, cause: str, line: int | None = None):
        self.snippet = _show(path)
        self.where = f"{self.snippet}:{line}" if line else self.snippet
        self.cause = cause
        super().__init__(f"{self.where}: {cause}")


@dataclasses.dataclass(frozen=True)
class Options:
    exit: int = 0
    timeout: float = DEFAULT_TIMEOUT
    output: int = DEFAULT_OUTPUT
    alone: bool = False
    posix: bool = False  # needs a POSIX system (a pty, signals Windows lacks): not run on Windows
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
    python: str  # full version of the interpreter, e.g. 3.14.10
    where: str = ""  # snippets/x.py, or snippets/x.py:LINE where the failure points
    processes: int = 0  # processes seen (the main one included), listed every POLL seconds
    left_running: int = 0  # processes still running after the main one exited (killed)
    cpu_seconds: float | None = None  # CPU time of all its processes (POSIX)
    status: str = "ran"  # ran, cached, or not run (it could not be started)

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def cached(self) -> bool:
        return self.status == "cached"

    @property
    def lines(self) -> list[str]:
        return self.output.splitlines()

    @property
    def headline(self) -> str:
        """One line for a log: where, and what went wrong."""
        return f"{self.where or self.snippet}: {self.problem}"


@dataclasses.dataclass(frozen=True)
class Python:
    """An interpreter snippets can run under (tools/pythons.py finds others; None means this one)."""

    version: str
    argv: tuple[str, ...]
    default_method: str
    minor: str = ""
    source: str = "this build"


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


def source(path: Path) -> bytes:
    return path.read_bytes()


def text(path: Path) -> str:
    return source(path).decode("utf-8")


def _size(path: Path, line: int, item: str, value: str) -> int:
    match = SIZE.match(value)
    if not match or int(match.group(1)) == 0:
        raise SnippetError(path, f"bad snippet option {item!r}: give a size like 500000, 200k or 2M", line)
    return int(match.group(1)) * {"": 1, "k": 1000, "m": 1_000_000}[match.group(2).lower()]


def options(path: Path) -> Options:
    """The options of the snippet's ``# snippet:`` line; anything that only looks like one is an error."""
    found: dict[str, object] = {}
    by_method: dict[str, int] = {}
    seen_line = None
    for number, line in enumerate(text(path).splitlines(), 1):
        if not LOOKS_LIKE_OPTIONS.match(line):
            continue
        match = OPTION_LINE.match(line)
        if not match:
            raise SnippetError(path, f"malformed option line {line.strip()!r}: write it at the start of "
                               "a line as '# snippet: exit=1 timeout=20 alone'", number)
        if seen_line:
            raise SnippetError(path, f"a second option line (the first is line {seen_line}): put all "
                               "options on one", number)
        seen_line = number
        for item in match.group("items").split():
            key, equals, value = item.partition("=")
            name = key[5:] if key.startswith("exit.") else key
            if name in found or (key.startswith("exit.") and name in by_method):
                raise SnippetError(path, f"option {key!r} given twice", number)
            if key == "exit" and re.fullmatch(r"-?\d+", value):
                found["exit"] = int(value)
            elif key.startswith("exit.") and name in METHODS and re.fullmatch(r"-?\d+", value):
                by_method[name] = int(value)
            elif key == "timeout" and re.fullmatch(r"\d+(\.\d+)?", value) and 0 < float(value) < math.inf:
                found["timeout"] = float(value)
            elif key == "output" and equals:
                found["output"] = _size(path, number, item, value)
            elif key in ("alone", "posix") and not equals:
                found[key] = True
            else:
                raise SnippetError(path, f"bad snippet option {item!r} (known: exit=N, exit.METHOD=N, "
                                   "timeout=SECONDS > 0, output=SIZE, alone, posix)", number)
    return Options(**found, exit_by_method=tuple(sorted(by_method.items())))


def shown_source(path: Path) -> str:
    """The source a reader sees and copies: the file without its option line."""
    lines = text(path).splitlines(keepends=True)
    return "".join(line for line in lines if not OPTION_LINE.match(line.rstrip("\n"))).lstrip("\n")


def parse(path: Path) -> ast.Module:
    """The file's syntax tree; a file that is not valid Python raises SnippetError naming it and the line."""
    return _parse(path, source(path))


@functools.lru_cache(maxsize=1024)  # a build asks for each file's tree many times: parse each version once
def _parse(path: Path, content: bytes) -> ast.Module:
    try:
        return ast.parse(content, filename=str(path))
    except SyntaxError as error:
        raise SnippetError(path, f"syntax error: {error.msg}", error.lineno) from None
    except ValueError as error:  # e.g. a null byte
        raise SnippetError(path, f"cannot be read as Python: {error}") from None


def local_imports(path: Path) -> list[Path]:
    """Snippet modules (files beside it) that the snippet imports, recursively.

    A file that is not valid Python raises SnippetError naming it and the line.
    """
    found: list[Path] = []
    todo = [path]
    while todo:
        current = todo.pop()
        for name in _imported_names(current, source(current)):
            module = path.parent / f"{name}.py"
            if module.is_file() and module not in found and module != path:
                found.append(module)
                todo.append(module)
    return found


def needed_files(path: Path) -> list[Path]:
    """Every file beside the snippet that a run needs: the modules it imports, and the sibling files it
    names in a string (a program it runs, e.g. ``Path(__file__).with_name("other.py")``), with theirs."""
    found: list[Path] = []
    todo = [path]
    while todo:
        current = todo.pop()
        named = [path.parent / name for name in _named_files(current, source(current))]
        for file in [*local_imports(current), *named]:
            if file.is_file() and file not in found and file != path:
                found.append(file)
                todo.append(file)
    return found


@functools.lru_cache(maxsize=1024)
def _named_files(path: Path, content: bytes) -> tuple[str, ...]:
    """File names of the form name.py that appear as string constants in the file."""
    return tuple(dict.fromkeys(
        node.value for node in ast.walk(_parse(path, content))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and re.fullmatch(r"\w+\.py", node.value)))


@functools.lru_cache(maxsize=1024)
def _imported_names(path: Path, content: bytes) -> tuple[str, ...]:
    """The top-level names of the modules a file imports (absolute imports only)."""
    names = []
    for node in ast.walk(_parse(path, content)):
        if isinstance(node, ast.Import):
            names += [alias.name.split(".")[0] for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module.split(".")[0])
    return tuple(dict.fromkeys(names))


def own_method(path: Path) -> str | None:
    """The start method a snippet sets for itself, if it does."""
    match = OWN_METHOD.search(text(path))
    return match.group(1) if match else None


@functools.lru_cache(maxsize=None)
def default_method() -> str:
    """The start method a fresh ``python`` of this interpreter uses by default."""
    code = "import multiprocessing as m; print(m.get_start_method())"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


@functools.lru_cache(maxsize=None)
def this_python() -> Python:
    """The interpreter running the build (and the tests)."""
    return Python(platform.python_version(), (sys.executable,), default_method(),
                  ".".join(platform.python_version_tuple()[:2]))


def available_methods() -> list[str]:
    import multiprocessing

    return multiprocessing.get_all_start_methods()


# -- caching ------------------------------------------------------------------


def cache_key(path: Path, method: str, python: Python, terminal: bool = False) -> str:
    digest = hashlib.sha256()
    for part in (python.version, python.source, platform.platform(), str(os.cpu_count()), method,
                 "terminal" * terminal):
        digest.update(part.encode() + b"\0")
    for runner_file in (Path(__file__), STARTUP_DIR / "sitecustomize.py"):  # how snippets are run
        digest.update(source(runner_file))
    for file in [path, *needed_files(path)]:
        digest.update(_show(file).encode() + b"\0" + source(file) + b"\0")
    return digest.hexdigest()


# -- the supervisor: runs in a process of its own, one per snippet run ----------


def _prctl(option: int, value: int) -> None:
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(option, value, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), f"prctl({option}) failed")


def _is_tracker(proc: psutil.Process) -> bool:
    with contextlib.suppress(psutil.Error):
        return any("resource_tracker" in part for part in proc.cmdline())
    return False


class _Family:
    """Every process a snippet started, wherever it went.

    Linux: the supervisor is a child subreaper, so orphans, escaped sessions
    and double-forked daemons are re-parented to it instead of to PID 1. Each
    poll lists /proc and reads the parent of every process not seen before: a
    process whose parent is the supervisor or a member is a member. Elsewhere
    (and with ``subreaper=False``, the way a test checks it on Linux): psutil
    lists processes created after the snippet started, and every process
    whose parent is the snippet or one already recorded is recorded; an
    orphan keeps its recorded identity. A process that starts and ends
    between two polls is not seen: the count is of processes seen.
    """

    def __init__(self, main: subprocess.Popen, subreaper: bool):
        self.main = main
        self.subreaper = subreaper
        self.members: dict[int, psutil.Process | None] = {main.pid: None}
        self.outsiders: set[int] = set()  # pids already found not to belong
        # Its descendants are no older than the main process: its start time, read from
        # the same clock as theirs, before the first reap (until then it is at least a
        # zombie). Not the time now: on a loaded machine this may run long after the
        # start, and psutil's times on Linux may be up to a second early (it adds them
        # to a boot time rounded down to the second).
        if subreaper:
            self.main_started = self._stat(main.pid)[1]
        else:
            self.born_after = psutil.Process(main.pid).create_time()

    def count(self) -> int:
        """How many processes were seen, the main one included (the runner adds those that recorded themselves)."""
        return len(self.members)

    @staticmethod
    def _stat(pid: int) -> tuple[int, int]:
        """(parent pid, start time in clock ticks since boot) from /proc/PID/stat."""
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()  # after the name, which may hold spaces
        return int(fields[1]), int(fields[19])

    def _scan_proc(self) -> None:
        listed = {int(name) for name in os.listdir("/proc") if name.isdigit()}
        self.outsiders &= listed  # a pid that was freed may come back as one of ours
        parents = {os.getpid(), *self.members}
        pending = {}
        for pid in sorted(listed - self.members.keys() - self.outsiders):
            with contextlib.suppress(OSError, IndexError, ValueError):
                ppid, started = self._stat(pid)
                if started < self.main_started:
                    self.outsiders.add(pid)  # older than the snippet: never one of its processes
                else:
                    pending[pid] = ppid  # younger: looked at again until it joins (a parent read too late)
        grew = True
        while grew:  # a child may have a lower pid than its parent (pids wrap around)
            grew = False
            for pid, ppid in list(pending.items()):
                if ppid in parents:
                    self.members[pid] = None
                    parents.add(pid)
                    del pending[pid]
                    grew = True

    def _scan_psutil(self) -> None:
        listing = psutil.process_iter(["ppid", "create_time"])
        young = [proc for proc in listing if (proc.info["create_time"] or 0) >= self.born_after]
        grew = True
        while grew:  # one listing, passed over again: a grandchild may come before its parent
            grew = False
            for proc in young:
                if proc.pid not in self.members and proc.info["ppid"] in self.members:
                    self.members[proc.pid] = proc
                    grew = True

    def poll(self) -> list[psutil.Process]:
        """Record and return the live (not zombie) processes of the family."""
        if self.subreaper:
            self._scan_proc()
        else:
            self._scan_psutil()
        alive = []
        for pid, proc in self.members.items():
            with contextlib.suppress(psutil.Error):
                if proc is None:
                    proc = self.members[pid] = psutil.Process(pid)
                if proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE:
                    alive.append(proc)
        return alive

    def others(self) -> list[psutil.Process]:
        return [proc for proc in self.poll() if proc.pid != self.main.pid]

    def kill_all(self) -> list[psutil.Process]:
        """Kill every process of the family; resource trackers last, so they can clean up first."""
        deadline = time.monotonic() + 10
        tracker_grace = time.monotonic() + 2
        while (alive := self.poll()) and time.monotonic() < deadline:
            trackers_may_wait = time.monotonic() < tracker_grace
            for proc in alive:
                if trackers_may_wait and _is_tracker(proc):
                    continue
                with contextlib.suppress(psutil.Error):
                    proc.kill()
            time.sleep(0.02)
        return alive


def _reap(family: _Family) -> int | None:
    """Linux subreaper: wait for every finished child, orphans included; the main's exit code if it ended."""
    code = None
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return code
        if pid == 0:
            return code
        if pid == family.main.pid:
            family.main.returncode = code = os.waitstatus_to_exitcode(status)


def supervise(config: dict) -> dict:
    """Start the snippet, watch its processes, enforce the limits; return a report."""
    subreaper = LINUX and config.get("subreaper", True)
    if subreaper:
        _prctl(36, 1)  # PR_SET_CHILD_SUBREAPER
    stop = threading.Event()
    why = []

    def on_signal(number, frame):
        why.append("interrupted (Ctrl-C or the runner stopped)")
        stop.set()

    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), on_signal)

    def runner_gone():  # the runner keeps our stdin open: end of file means stop
        while os.read(0, 4096):  # the raw fd: a daemon thread must not hold stdin's buffer lock at exit
            pass
        why.append("stopped by the runner")
        stop.set()

    threading.Thread(target=runner_gone, daemon=True).start()
    out = sys.stdout.fileno()
    if config.get("terminal"):  # the snippet writes to a pseudo-terminal, copied to the runner's pipe
        import pty

        leader, out = pty.openpty()
        pump = threading.Thread(target=_pump, args=(leader, os.dup(sys.stdout.fileno())), daemon=True)
    started = time.monotonic()
    main = subprocess.Popen(
        config["argv"], cwd=config["cwd"], env=config["env"],
        stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
        start_new_session=POSIX, creationflags=0 if POSIX else subprocess.CREATE_NEW_PROCESS_GROUP,
    )
    if config.get("terminal"):
        os.close(out)
        pump.start()
    # Only the snippet's processes may hold the output pipe: the runner reads it to its end.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    family = _Family(main, subreaper)
    problem, seconds, leaked = None, None, []
    while not stop.is_set():
        if subreaper:
            _reap(family)
        else:
            main.poll()
        family.poll()
        if main.returncode is not None:
            seconds = time.monotonic() - started
            break
        if time.monotonic() - started > config["timeout"]:
            problem = f"timed out after {config['timeout']:g} s (its processes were killed)"
            break
        stop.wait(POLL)
    if seconds is not None and not stop.is_set():  # it exited: nothing of it may stay behind
        grace_end = time.monotonic() + config["grace"]
        while (leaked := family.others()) and time.monotonic() < grace_end and not stop.is_set():
            if subreaper:
                _reap(family)
            stop.wait(POLL)
        if leaked:
            names = ", ".join(f"{p.pid} ({_name(p)})" for p in leaked)
            problem = f"left process(es) running after exit: {names} (killed)"
    if stop.is_set() and problem is None:
        problem = why[0]
    if seconds is None:
        seconds = time.monotonic() - started
    survivors = family.kill_all()
    if subreaper:
        deadline = time.monotonic() + 2
        while main.returncode is None and time.monotonic() < deadline:
            _reap(family)
            time.sleep(0.01)
        _reap(family)
    else:
        with contextlib.suppress(subprocess.TimeoutExpired):
            main.wait(timeout=2)
    if survivors:
        problem = f"could not kill its processes: {', '.join(str(p.pid) for p in survivors)}"
    if config.get("terminal"):
        pump.join(timeout=5)  # ends when no process holds the terminal any more: all have ended
    cpu = own_cpu = None
    if POSIX:
        import resource

        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = round(usage.ru_utime + usage.ru_stime, 3)
        usage = resource.getrusage(resource.RUSAGE_SELF)
        own_cpu = round(usage.ru_utime + usage.ru_stime, 3)
    return {
        "returncode": main.returncode, "seconds": round(seconds, 3), "problem": problem,
        "processes": family.count(), "pids": [str(pid) for pid in family.members], "left_running": len(leaked), "cpu_seconds": cpu, "own_cpu": own_cpu,
    }


def _pump(leader: int, pipe: int) -> None:
    """Copy what the snippet writes to its terminal into the pipe, until nobody holds the terminal.

    A terminal ends each line with \r\n; the pipe gets \n, as from a pipe run,
    so the output limit counts the same bytes in both.
    """
    held = b""  # a \r at the end of a chunk, until the next chunk shows whether \n follows
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: every process that held the terminal has closed it
            break
        if not chunk:
            break
        chunk = held + chunk
        held = chunk[-1:] if chunk.endswith(b"\r") else b""
        data = chunk[: len(chunk) - len(held)].replace(b"\r\n", b"\n")
        while data:
            data = data[os.write(pipe, data):]
    if held:
        os.write(pipe, held)
    os.close(leader)
    os.close(pipe)


def _name(proc: psutil.Process) -> str:
    with contextlib.suppress(psutil.Error):
        return proc.name()
    return "?"


# -- running ------------------------------------------------------------------

_supervisors: set[subprocess.Popen] = set()  # in flight, stopped on Ctrl-C
_supervisors_lock = threading.Lock()


@contextlib.contextmanager
def _machine_share(alone: bool):
    """Shared lock for ordinary runs, exclusive for ``alone`` ones, across processes and checkouts.

    Every run first passes a turnstile, so a waiting ``alone`` run holds back
    ordinary runs that come after it instead of waiting for a gap that never comes.
    """
    if not POSIX:
        yield
        return
    import fcntl

    folder = Path(tempfile.gettempdir())
    with open(folder / "snippet-runner.turnstile", "w") as turnstile, open(folder / "snippet-runner.lock", "w") as lock:
        fcntl.flock(turnstile, fcntl.LOCK_EX)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX if alone else fcntl.LOCK_SH)
        finally:
            fcntl.flock(turnstile, fcntl.LOCK_UN)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _busy_cpu_seconds() -> float:
    times = psutil.cpu_times()
    idle = times.idle + getattr(times, "iowait", 0.0)
    return sum(times) - idle - getattr(times, "guest", 0.0) - getattr(times, "guest_nice", 0.0)


def busy_cpus(seconds: float = 0.5) -> float:
    """How many CPUs the whole machine kept busy over the next ``seconds``."""
    before = _busy_cpu_seconds()
    time.sleep(seconds)
    return (_busy_cpu_seconds() - before) / seconds


_found_busy = 0.0  # when a wait for a quiet machine last ran out (time.monotonic())


def _wait_for_quiet() -> float | None:
    """Wait up to QUIET_WAIT until the machine uses less than QUIET_CPUS; None when quiet, else the last load.

    Once a wait has run out, the next ones in the following QUIET_WAIT seconds
    look once and give up at once if it is still busy: a build with several
    measurements fails in one wait, not one wait each.
    """
    global _found_busy
    recently_busy = time.monotonic() - _found_busy < QUIET_WAIT
    deadline = time.monotonic() + (0 if recently_busy else QUIET_WAIT)
    while True:
        busy = busy_cpus()
        if busy <= QUIET_CPUS:
            return None
        if time.monotonic() > deadline:
            _found_busy = time.monotonic()
            return busy


@contextlib.contextmanager
def _scratch(path: Path):
    """A temporary folder, the snippet's TMPDIR, holding a copy of the snippet and its modules
    laid out as run/snippets/<topic>/; run/ is the working directory. Removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="snippet-run-")).resolve()
    try:
        rel = Path(_show(path))
        for file in [path, *needed_files(path)]:
            target = folder / "run" / rel.parent / file.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(file, target)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _read_output(stream, limit: int, chunks: list[bytes], over: threading.Event, on_over) -> None:
    """Keep at most ``limit`` bytes; past it, tell the supervisor to stop, and drain the rest."""
    kept = 0
    for chunk in iter(lambda: stream.read1(65536), b""):
        if kept + len(chunk) > limit:
            if not over.is_set():
                chunks.append(chunk[: limit - kept])
                kept = limit
                over.set()
                on_over()
            continue
        chunks.append(chunk)
        kept += len(chunk)


def _failure_point(output: str, rel: str) -> str:
    """``snippets/x.py:LINE`` of the innermost traceback frame in a snippet file, else the snippet."""
    frames = TRACEBACK_FRAME.findall(output)
    return f"{frames[-1][0]}:{frames[-1][1]}" if frames else rel


def _execute(path: Path, method: str, opts: Options, python: Python, terminal: bool = False) -> Result:
    rel = _show(path)
    ran_at = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    with _scratch(path) as folder:
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8", TMPDIR=str(folder))
        # MPBE_CACHE stays: tools/in-sid, which starts the chroot's Pythons, finds the chroot with it
        for name in ("PYTHONUNBUFFERED", "MPBE_START_METHOD", "MPBE_PROCESS_LOG", "PYTHONSTARTUP", "PYTHONINSPECT"):
            env.pop(name, None)
        if not terminal:  # a terminal run is the reader's bare command: nothing added at start-up
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(STARTUP_DIR), os.environ.get("PYTHONPATH")]))
            env["MPBE_PROCESS_LOG"] = str(folder / "processes.txt")
        if method != python.default_method and own_method(path) is None:
            env["MPBE_START_METHOD"] = method
        config = {"argv": [*python.argv, rel], "cwd": str(folder / "run"), "env": env,
                  "timeout": opts.timeout, "grace": LEAK_GRACE, "terminal": terminal}
        with _machine_share(opts.alone):
            for attempt in range(ALONE_ATTEMPTS if opts.alone else 1):
                if opts.alone and (busy := _wait_for_quiet()) is not None:
                    problem = (f"machine busy: other processes kept {busy:.1f} CPUs busy and it did not get quiet "
                               f"within {QUIET_WAIT:g} s, so this measurement was not taken (run it again on a "
                               "quiet machine)")
                    return Result(rel, method, "", None, 0.0, problem, ran_at, python.version, rel, status="not run")
                (folder / "processes.txt").unlink(missing_ok=True)
                report, output, busy_during = _supervised(config, opts.output)
                if not opts.alone or report["problem"]:
                    break
                if busy_during <= QUIET_CPUS:
                    break
                report["problem"] = (f"machine busy: other processes kept {busy_during:.1f} CPUs busy while it "
                                     f"measured, {attempt + 1} time(s) in a row (run it again on a quiet machine)")
        with contextlib.suppress(OSError):  # add the Python processes that recorded themselves at start-up
            recorded = (folder / "processes.txt").read_text().split()
            report["processes"] = len(set(report.get("pids", [])) | set(recorded))
    # Show paths as a reader sees them after `git clone`: relative to the project folder.
    for prefix in (folder / "run", folder, project_of(path)):
        output = output.replace(str(prefix) + os.sep, "")
    problem = report["problem"]
    expected = opts.expected_exit(method)
    where = rel
    if problem is None and report["returncode"] != expected:
        last = output.strip().splitlines()[-1:] or ["no output"]
        problem = f"exited with {report['returncode']}, expected {expected} (last line: {last[0]})"
        where = _failure_point(output, rel)
    return Result(rel, method, output, report["returncode"], report["seconds"], problem, ran_at, python.version,
                  where, report["processes"], report["left_running"], report["cpu_seconds"])


def _supervised(config: dict, limit: int) -> tuple[dict, str, float]:
    """Run the supervisor; return its report, the output, and the CPUs others kept busy meanwhile."""
    busy_before, mine_before, started = _busy_cpu_seconds(), psutil.Process().cpu_times(), time.monotonic()
    supervisor = subprocess.Popen(
        [sys.executable, "-I", str(Path(__file__).resolve()), "--supervise"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    with _supervisors_lock:
        _supervisors.add(supervisor)
    chunks: list[bytes] = []
    over = threading.Event()

    def stop_supervisor():
        with contextlib.suppress(OSError):
            supervisor.stdin.close()

    try:
        supervisor.stdin.write(json.dumps(config).encode() + b"\n")
        supervisor.stdin.flush()
        reader = threading.Thread(target=_read_output, args=(supervisor.stdout, limit, chunks, over, stop_supervisor))
        reader.start()
        errors = supervisor.stderr.read()
        supervisor.wait()
        reader.join()
    finally:
        stop_supervisor()
        with _supervisors_lock:
            _supervisors.discard(supervisor)
        if supervisor.poll() is None:  # interrupted while waiting: the supervisor kills what it started
            supervisor.terminate()
            supervisor.wait()
    output = b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")
    lines = errors.decode("utf-8", "replace").strip().splitlines()
    try:
        report = json.loads(lines[-1])
    except (IndexError, ValueError):
        report = {"returncode": None, "seconds": 0.0, "processes": 0, "left_running": 0, "cpu_seconds": None,
                  "problem": f"the runner's supervisor failed: {lines[-1] if lines else 'no report'}"}
    if over.is_set():
        report["problem"] = f"printed more than {limit} bytes of output (its processes were killed)"
    wall = time.monotonic() - started
    mine = sum(psutil.Process().cpu_times()[:2]) - sum(mine_before[:2])
    accounted = (report.get("cpu_seconds") or 0.0) + (report.get("own_cpu") or 0.0) + mine
    others = _busy_cpu_seconds() - busy_before - accounted
    return report, output, max(others, 0.0) / max(wall, 1e-3)


def stop_all() -> None:
    """Stop every snippet in flight (Ctrl-C): each supervisor kills its processes and reports.

    Closing a supervisor's stdin is its signal to stop, on every system (a
    terminal's Ctrl-C also reaches the supervisors directly on POSIX: they
    share the runner's process group).
    """
    with _supervisors_lock:
        running = list(_supervisors)
    for supervisor in running:
        with contextlib.suppress(OSError, ValueError):
            supervisor.stdin.close()


def _not_run(error: SnippetError, method: str | None, python: Python | None) -> Result:
    return Result(error.snippet, method or "", "", None, 0.0, error.cause, "", (python or this_python()).version,
                  error.where, status="not run")


def run(snippet: str | Path, method: str | None = None, *, python: Python | None = None, cache: bool = True,
        project: Path = PROJECT, terminal: bool = False) -> Result:
    """Run one snippet under ``method`` (default: the interpreter's default) and ``python`` (default: this one).

    A snippet that sets its own start method always runs under that one.
    ``terminal``: run it as a reader types it in a terminal (POSIX; no ``method``).
    Raises SnippetError, naming file and line, when it cannot be run at all.
    """
    python = python or this_python()
    path = resolve(snippet, project)
    opts = options(path)
    if terminal and (method or not POSIX):
        raise SnippetError(path, "a terminal run takes no start method and needs a POSIX system")
    method = own_method(path) or method or python.default_method
    if method not in available_methods():
        raise SnippetError(path, f"start method {method!r} is not available here")
    if cache and (cached := _cached(snippet, method, python, project, terminal)):
        return cached
    result = _execute(path, method, opts, python, terminal)
    if cache and result.ok:
        cache_file = CACHE_DIR / f"{cache_key(path, method, python, terminal)}.json"
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        tmp = cache_file.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_text(json.dumps(dataclasses.asdict(result), indent=1))
        tmp.replace(cache_file)  # atomic: a reader never sees half a file
    return result


def _cached(snippet: str | Path, method: str | None, python: Python | None, project: Path,
            terminal: bool = False) -> Result | None:
    """The cached result of a run that passed, if there is one."""
    python = python or this_python()
    path = resolve(snippet, project)
    options(path)  # a snippet whose options became invalid is not served from the cache
    method = own_method(path) or method or python.default_method
    cache_file = CACHE_DIR / f"{cache_key(path, method, python, terminal)}.json"
    with contextlib.suppress(OSError, ValueError, TypeError):
        result = Result(**json.loads(cache_file.read_text()))
        result.status = "cached"
        return result
    return None


Request = tuple  # (snippet name, start method or None, Python or None)


def run_many(requests: list[Request], jobs: int = 16, project: Path = PROJECT) -> dict[Request, Result]:
    """Run many (snippet, method[, python]) requests: ordinary ones concurrently, then ``alone`` ones one by one.

    A request that cannot run (missing file, bad option, syntax error) gives a
    Result whose problem says why, so the caller reports every failure, not
    just the first. ``jobs`` is more than the CPU count because most snippets
    spend their time asleep (measured here: 16 at once beat 8, and more gained
    nothing). Ctrl-C stops every snippet in flight and re-raises.
    """
    results: dict[Request, Result] = {}

    def one(request: Request) -> None:
        snippet, method, python = (*request, None)[:3]
        try:
            results[request] = run(snippet, method, python=python, project=project)
        except SnippetError as error:
            results[request] = _not_run(error, method, python)

    def is_alone(request: Request) -> bool:
        try:
            return options(resolve(request[0], project)).alone
        except SnippetError:
            return False

    unique = list(dict.fromkeys(requests))
    for request in unique:  # results from the cache, without a thread each
        snippet, method, python = (*request, None)[:3]
        with contextlib.suppress(SnippetError):
            cached = _cached(snippet, method, python, project)
            if cached:
                results[request] = cached
    shared = [r for r in unique if r not in results and not is_alone(r)]
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=jobs)
    try:
        list(pool.map(one, shared))
        for request in unique:
            if request not in results:
                one(request)
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        stop_all()
        raise
    pool.shutdown()
    return results


def main(argv: list[str]) -> int:
    """``python tools/snippet_runner.py SNIPPET [METHOD]``: run one snippet (no cache), print its output."""
    if argv[:1] == ["--supervise"]:
        line = b""
        while not line.endswith(b"\n") and (byte := os.read(0, 1)):  # unbuffered: the rest of stdin is a signal
            line += byte
        report = supervise(json.loads(line))
        print(json.dumps(report), file=sys.stderr)
        return 0
    if not argv or argv[0] in {"-h", "--help"}:
        print(main.__doc__)
        return 2
    try:
        result = run(argv[0], argv[1] if len(argv) > 1 else None, cache=False)
    except SnippetError as error:
        print(f"FAILED: {error}")
        return 1
    print(result.output, end="")
    status = "ok" if result.ok else f"FAILED: {result.headline}"
    print(f"--- {result.snippet} [{result.method}, Python {result.python}] exit {result.returncode}, "
          f"{result.seconds:.2f} s, {result.processes} process(es) seen: {status}")
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
