"""A bad snippet on a page: the strict build fails within its limit with one line naming the file and
the cause, and leaves no process, no file in the checkout and no semaphore behind.

The fault snippets live in tests/faults/; each test copies them into a throw-away project that
inherits the real mkdocs.yml and shows one of them. Snippets write the pids (or names) a test must
check into the file named by FAULT_PIDS.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import time
import urllib.request
from pathlib import Path

import psutil
import pytest

import snippet_runner

FAULTS = Path(__file__).parent / "faults"


def make_project(tmp_path: Path, snippet: str | list[str], more_markdown: str = "") -> Path:
    """A one-page site that inherits the real mkdocs.yml and shows snippets/faults/<snippet> (or each of a list)."""
    project = tmp_path / "project"
    shutil.copytree(FAULTS, project / "snippets" / "faults")
    for folder in ("tools", "overrides"):  # folders the inherited mkdocs.yml names (copied: Windows may forbid symlinks)
        shutil.copytree(snippet_runner.PROJECT / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pythons.txt", "requirements.txt"):  # tools/pythons.py reads them
        shutil.copy(snippet_runner.PROJECT / name, project)
    (project / "docs").mkdir()
    blocks = "".join(f'```snippet exec="1"\nfaults/{name}\n```\n\n' for name in ([snippet] if isinstance(snippet, str) else snippet))
    (project / "docs" / "index.md").write_text(f"# Fault\n\n{blocks}{more_markdown}")
    (project / "mkdocs.yml").write_text(
        textwrap.dedent(f"""\
            INHERIT: {snippet_runner.PROJECT / "mkdocs.yml"}
            nav: [index.md]
            extra_css: []
            watch: []
            """)
    )
    return project


def environment(tmp_path: Path) -> dict:
    """Fault snippets write the pids (or names) a test checks into FAULT_PIDS/<their name>."""
    (tmp_path / "pids").mkdir(exist_ok=True)
    return dict(os.environ, NO_MKDOCS_2_WARNING="1", FAULT_PIDS=str(tmp_path / "pids"))


def build(tmp_path: Path, snippet: str | list[str], more_markdown: str = "") -> tuple[subprocess.CompletedProcess, float]:
    project = tmp_path / "project"
    if not project.exists():
        make_project(tmp_path, snippet, more_markdown)
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(project / "site")],
        cwd=project, env=environment(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        timeout=120,
    )
    return done, time.monotonic() - started


def the_error(done: subprocess.CompletedProcess, cause: str) -> str:
    """The build of the page with every fault failed with one problem line per fault, each an error
    (shown even by `mkdocs build -q`); return the one line that ends with `cause` (a pattern)."""
    failed = len(FAULTS_ON_ONE_PAGE)
    assert done.returncode != 0
    problems = [line for line in done.stdout.splitlines() if line.startswith(("WARNING", "ERROR"))]
    assert len(problems) == failed and all(line.startswith("ERROR") for line in problems), done.stdout
    assert f"Aborted: {failed} snippet(s) failed, so no page was built." in done.stdout
    matching = [line for line in problems if re.search(rf"  {cause}$", line)]
    assert len(matching) == 1, f"no one line ends with {cause!r}:\n{done.stdout}"
    return matching[0]


def alive(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def assert_all_dead(pids: list[int], within: float = 5) -> None:
    assert pids
    deadline = time.monotonic() + within
    for pid in pids:
        while alive(pid):
            assert time.monotonic() < deadline, f"process {pid} is still running"
            time.sleep(0.1)


def written(tmp_path: Path, snippet: str) -> list[str]:
    return (tmp_path / "pids" / snippet.removesuffix(".py")).read_text().split()


def written_pids(tmp_path: Path, snippet: str) -> list[int]:
    return [int(word) for word in written(tmp_path, snippet)]


def project_files(project: Path) -> set[str]:
    skip = ("site", ".snippet-cache")
    return {p.relative_to(project).as_posix() for p in project.rglob("*") if p.relative_to(project).parts[0] not in skip}


# name shown by psutil: python3.11 on Linux, Python on macOS framework builds, python.exe on Windows
PYTHON = r"(?i:python)[\w.]*"


# The faults that leave processes sleep for 300 to 600 s, or print forever: a build that fails at
# all before FAR_LESS has stopped them. How fast each fails is printed by `make bench`, not timed here.
FAR_LESS = 120

# Each fault -> the one line the build gives for it. They share one page, as bad snippets on a real
# page would: each must still fail on its own line, and the others must not hide or delay it.
LEAVE_PROCESSES = {
    "exits_nonzero.py": r"snippets/faults/exits_nonzero.py: exited with 3, expected 0 \(last line: about to fail\)",
    "hangs.py": r"snippets/faults/hangs.py: timed out after 2 s \(its processes were killed\)",
    "leaves_grandchild.py": rf"snippets/faults/leaves_grandchild.py: left process\(es\) running after exit: \d+ \({PYTHON}\) \(killed\)",
    "escapes_session.py": r"snippets/faults/escapes_session.py: left process\(es\) running after exit: \d+ \(sleep\) \(killed\)",
    "daemonizes.py": rf"snippets/faults/daemonizes.py: left process\(es\) running after exit: \d+ \({PYTHON}\) \(killed\)",
    "floods.py": r"snippets/faults/floods.py: printed more than 1000000 bytes of output \(its processes were killed\)",
}
CANNOT_RUN = {
    "syntax_error.py": r"snippets/faults/syntax_error.py:2: syntax error: '\(' was never closed",
    "imports_broken_helper.py": r"snippets/faults/broken_helper.py:2: syntax error: unmatched '\)'",
    "imports_missing_helper.py": r"snippets/faults/imports_missing_helper.py:3: exited with 1, expected 0 "
                                 r"\(last line: ModuleNotFoundError: No module named 'no_such_helper'\)",
    "bad_option_no_space.py": r"snippets/faults/bad_option_no_space.py:1: malformed option line '#snippet: exit=1'.*",
    "bad_option_indented.py": r"snippets/faults/bad_option_indented.py:4: malformed option line '# snippet: exit=1'.*",
    "bad_timeout.py": r"snippets/faults/bad_timeout.py:1: bad snippet option 'timeout=inf' .*",
    "no_such_file.py": r"snippets/faults/no_such_file.py: file not found",
}
KILLED_WITH_A_LOCK = {"spawn_killed_with_a_lock.py": r"snippets/faults/spawn_killed_with_a_lock.py: timed out after 3 s.*"}
FAULTS_ON_ONE_PAGE = LEAVE_PROCESSES | CANNOT_RUN | KILLED_WITH_A_LOCK


@pytest.fixture(scope="module")
def faulty_build(tmp_path_factory) -> tuple:
    """One strict build of a page showing every fault: (the finished build, its seconds, its folder)."""
    tmp_path = tmp_path_factory.mktemp("faults")
    done, took = build(tmp_path, list(FAULTS_ON_ONE_PAGE))
    return done, took, tmp_path


def test_faults_on_one_page_fail_the_build_each_on_its_own_line(faulty_build):
    done, took, tmp_path = faulty_build
    for cause in FAULTS_ON_ONE_PAGE.values():
        the_error(done, cause)
    assert took < FAR_LESS, f"the build took {took:.1f} s to fail"
    assert not (tmp_path / "project" / "site" / "index.html").exists()


@pytest.mark.parametrize("snippet", LEAVE_PROCESSES)
def test_a_faulty_snippet_leaves_nothing_running(faulty_build, snippet):
    done, _, tmp_path = faulty_build
    the_error(done, LEAVE_PROCESSES[snippet])
    assert_all_dead(written_pids(tmp_path, snippet))


def test_a_flood_keeps_memory_and_the_cache_small(tmp_path):
    project = make_project(tmp_path, "floods.py")
    build_proc = psutil.Popen(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(project / "site")],
        cwd=project, env=environment(tmp_path), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    peak = 0
    while build_proc.poll() is None:
        peak = max(peak, build_proc.memory_info().rss)
        time.sleep(0.05)
    assert build_proc.returncode != 0
    assert peak < 200_000_000, f"the build grew to {peak / 1e6:.0f} MB reading the output"
    assert not list((project / ".snippet-cache").glob("*.json"))


@pytest.mark.parametrize("snippet", CANNOT_RUN)
def test_a_snippet_that_cannot_run_names_file_line_and_cause(faulty_build, snippet):
    done, _, _ = faulty_build
    the_error(done, CANNOT_RUN[snippet])
    assert "Traceback" not in done.stdout


def test_nothing_a_snippet_writes_lands_in_the_checkout(tmp_path):
    project = make_project(tmp_path, "writes_files.py")
    before = project_files(project)
    done, _ = build(tmp_path, "writes_files.py")
    assert done.returncode == 0, done.stdout
    assert project_files(project) == before
    html = (project / "site" / "index.html").read_text()
    assert "wrote notes.txt" in html
    assert "I am snippets/faults/writes_files.py" in html  # relative, the same in every clone
    assert str(tmp_path) not in html


def test_a_killed_spawn_snippet_leaves_no_semaphore_or_temp_folder(faulty_build):
    done, _, tmp_path = faulty_build
    the_error(done, KILLED_WITH_A_LOCK["spawn_killed_with_a_lock.py"])
    semaphore, temp_dir = written(tmp_path, "spawn_killed_with_a_lock.py")
    assert semaphore.startswith("/mp-")
    assert not Path("/dev/shm", "sem." + semaphore[1:]).exists()
    assert not Path(temp_dir).exists()


def test_the_log_says_what_happened_to_each_run(tmp_path):
    project = make_project(tmp_path, "exits_zero.py", '\n```snippet exec="1" methods="fork spawn"\nfaults/writes_files.py\n```\n')
    command = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(project / "site")]
    first = subprocess.run(command, cwd=project, env=environment(tmp_path), capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    (project / "snippets" / "faults" / "exits_zero.py").write_text("raise SystemExit(2)\n")
    (project / "docs" / "index.md").write_text((project / "docs" / "index.md").read_text() + '\n```snippet exec="1"\nfaults/gone.py\n```\n')
    again = subprocess.run(command, cwd=project, env=environment(tmp_path), capture_output=True, text=True)
    log = again.stderr
    assert re.search(r"snippet snippets/faults/exits_zero.py \[\w+, Python [\d.]+\]: failed: exited with 2", log), log
    assert re.search(r"snippets/faults/gone.py: file not found", log), log
    assert re.search(r"snippets under Python [\d.]+, fork: 1 cached", log), log
    assert re.search(r"snippets under Python [\d.]+, spawn: 1 cached", log), log
    assert "ran in" not in log  # nothing ran successfully this time: the two writes_files runs came from the cache


def as_in_a_terminal():
    """Run in the child before it starts Python: SIGINT as a terminal's foreground job has it.

    A test run started with SIGINT ignored (a script's `make test &`) would pass
    that on, and Python then never raises KeyboardInterrupt.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


TERMINAL = {"preexec_fn": as_in_a_terminal} if snippet_runner.POSIX else {}


@pytest.mark.skipif(not snippet_runner.POSIX, reason="sends SIGINT as a terminal's Ctrl-C does")
@pytest.mark.parametrize(("presses", "to_the_group"), [(1, True), (2, True), (1, False)])
def test_ctrl_c_stops_a_build_and_leaves_no_process(tmp_path, presses, to_the_group):
    """The snippet would run 60 s; `make bench` prints how fast Ctrl-C stops it (a second or two on a quiet machine)."""
    project = make_project(tmp_path, "slow.py")
    build_proc = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(project / "site")],
        cwd=project, env=environment(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group, as a terminal's foreground job
        **TERMINAL,
    )
    pid_file = tmp_path / "pids" / "slow"
    deadline = time.monotonic() + 30
    while not (pid_file.exists() and len(pid_file.read_text().split()) == 2):
        assert time.monotonic() < deadline and build_proc.poll() is None, "the slow snippet never started"
        time.sleep(0.05)
    time.sleep(0.3)
    pressed = time.monotonic()
    for _ in range(presses):
        if to_the_group:  # what the terminal does on Ctrl-C: the whole foreground group
            os.killpg(build_proc.pid, signal.SIGINT)
        else:  # only the build's process (kill -INT PID): the runner stops the snippets itself
            os.kill(build_proc.pid, signal.SIGINT)
        time.sleep(0.1)
    build_proc.wait(timeout=40)
    assert time.monotonic() - pressed < 30
    assert build_proc.returncode != 0
    assert_all_dead(written_pids(tmp_path, "slow.py"), within=5)
    assert not list((project / ".snippet-cache").glob("*.tmp"))


def test_serve_shows_the_failure_on_the_page_and_keeps_serving(tmp_path):
    project = make_project(tmp_path, "syntax_error.py")
    with socket_port() as port:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--no-livereload", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=project, env=environment(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            **TERMINAL,
        )
        try:
            page = fetch(f"http://127.0.0.1:{port}/", within=60)
            assert "This example failed to run" in page
            assert "snippets/faults/syntax_error.py:2: syntax error" in page
            assert "Fault" in fetch(f"http://127.0.0.1:{port}/", within=5)  # still serving
        finally:
            server.send_signal(signal.SIGINT if snippet_runner.POSIX else signal.CTRL_BREAK_EVENT)
            try:
                output = server.communicate(timeout=10)[0]
            except subprocess.TimeoutExpired:
                server.kill()  # leave no server behind, then fail
                server.communicate()
                raise
    assert "Traceback" not in output
    assert len(re.findall(r"snippets/faults/syntax_error.py:2: syntax error", output)) >= 1


class socket_port:
    """A free TCP port on the loopback interface."""

    def __enter__(self) -> int:
        import socket

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return sock.getsockname()[1]

    def __exit__(self, *exc):
        return False


def fetch(url: str, within: float) -> str:
    deadline = time.monotonic() + within
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read().decode()
        except OSError:
            assert time.monotonic() < deadline, f"nothing served at {url}"
            time.sleep(0.2)


def test_a_link_to_a_missing_anchor_fails_the_strict_build(tmp_path):
    done, _ = build(tmp_path, "exits_zero.py", "\nSee [nowhere](#no-such-section).\n")
    assert done.returncode != 0
    warnings = [line for line in done.stdout.splitlines() if line.startswith("WARNING")]
    assert len(warnings) == 1 and "#no-such-section" in warnings[0], done.stdout
