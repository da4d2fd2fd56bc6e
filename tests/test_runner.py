"""The runner itself: start methods on demand, hidden options, the cache, local imports."""

import contextlib
import re
import time
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import psutil
import pytest

import snippet_runner
from snippet_runner import SnippetError, available_methods, run


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A throw-away project with its own snippets/ folder and snippet cache."""
    (tmp_path / "snippets" / "demo").mkdir(parents=True)
    monkeypatch.setattr(snippet_runner, "CACHE_DIR", tmp_path / "cache")
    return tmp_path


def write(project, name, code):
    path = project / "snippets" / "demo" / name
    path.write_text(textwrap.dedent(code))
    return path


REPORT_METHOD = """\
    import multiprocessing

    def child(queue):
        queue.put(multiprocessing.get_start_method())

    if __name__ == "__main__":
        queue = multiprocessing.Queue()
        process = multiprocessing.Process(target=child, args=(queue,))
        process.start()
        print(multiprocessing.get_start_method(), queue.get())
        process.join()
    """


@pytest.mark.parametrize("method", available_methods())
def test_runs_a_snippet_under_the_start_method_asked_for(project, method):
    write(project, "report.py", REPORT_METHOD)
    result = run("demo/report.py", method, project=project)
    assert result.ok, result.problem
    assert result.method == method
    assert result.lines == [f"{method} {method}"]


def test_a_snippet_that_sets_its_own_method_keeps_it(project):
    write(project, "own.py", REPORT_METHOD.replace('if __name__ == "__main__":\n', 'if __name__ == "__main__":\n        multiprocessing.set_start_method("spawn")\n'))
    result = run("demo/own.py", "fork", project=project)
    assert result.ok, result.problem
    assert (result.method, result.lines) == ("spawn", ["spawn spawn"])


def test_options_are_read_and_hidden_from_the_shown_source(project):
    path = write(project, "fails.py", """\
        # snippet: exit=2 timeout=25 alone
        import sys

        if __name__ == "__main__":
            sys.exit(2)
        """)
    assert snippet_runner.options(path) == snippet_runner.Options(exit=2, timeout=25.0, alone=True)
    assert snippet_runner.options(write(project, "size.py", "# snippet: output=2M\n")).output == 2_000_000
    assert snippet_runner.shown_source(path).startswith("import sys\n")
    write(project, "fails_fast.py", path.read_text().replace(" alone", ""))
    result = run("demo/fails_fast.py", project=project)
    assert result.ok and result.returncode == 2


def test_expected_exit_code_can_differ_by_start_method(project):
    path = write(project, "breaks_under_spawn.py", """\
        # snippet: exit.spawn=1
        import multiprocessing
        import sys

        if __name__ == "__main__":
            sys.exit(1 if multiprocessing.get_start_method() == "spawn" else 0)
        """)
    assert snippet_runner.options(path).expected_exit("spawn") == 1
    assert snippet_runner.options(path).expected_exit("fork") == 0
    for method in available_methods():
        result = run("demo/breaks_under_spawn.py", method, project=project)
        assert result.ok, result.problem
        assert result.returncode == (1 if method == "spawn" else 0)


@pytest.mark.parametrize(
    ("source", "line", "cause"),
    [
        ("# snippet: exit=maybe\n", 1, r"bad snippet option 'exit=maybe' \(known: .*\)"),
        ("import os\n#snippet: exit=1\n", 2, r"malformed option line '#snippet: exit=1': write it at the start of a line as .*"),
        ("if True:\n    # snippet: exit=1\n    pass\n", 2, r"malformed option line '# snippet: exit=1'.*"),
        ("# snippet exit=1\n", 1, r"malformed option line '# snippet exit=1'.*"),
        ("# snippet: timeout=inf\n", 1, r"bad snippet option 'timeout=inf' .*"),
        ("# snippet: timeout=nan\n", 1, r"bad snippet option 'timeout=nan' .*"),
        ("# snippet: timeout=-1\n", 1, r"bad snippet option 'timeout=-1' .*"),
        ("# snippet: timeout=0\n", 1, r"bad snippet option 'timeout=0' .*"),
        ("# snippet: output=0\n", 1, r"bad snippet option 'output=0': give a size like .*"),
        ("# snippet: exit=1 exit=2\n", 1, r"option 'exit' given twice"),
        ("# snippet: exit=1\n# snippet: alone\n", 2, r"a second option line \(the first is line 1\): .*"),
        ("x = (\n", 1, r"syntax error: '\(' was never closed"),
    ],
)
def test_a_snippet_that_cannot_run_is_a_clear_error_naming_file_and_line(project, source, line, cause):
    write(project, "bad.py", source)
    with pytest.raises(SnippetError, match=rf"^snippets/demo/bad.py:{line}: {cause}$"):
        run("demo/bad.py", project=project)


def test_a_broken_helper_module_is_named_with_its_line(project):
    write(project, "helper.py", "def greet(:\n    pass\n")
    write(project, "main.py", "import helper\n")
    with pytest.raises(SnippetError, match=r"^snippets/demo/helper.py:1: syntax error: .*"):
        run("demo/main.py", project=project)


def test_a_failure_points_at_the_snippet_line_that_raised(project):
    write(project, "raises.py", """\
        def inner():
            raise ValueError("no")


        if __name__ == "__main__":
            inner()
        """)
    result = run("demo/raises.py", project=project)
    assert result.headline == "snippets/demo/raises.py:2: exited with 1, expected 0 (last line: ValueError: no)"


def test_results_are_cached_by_content_of_the_snippet_and_its_imports(project):
    write(project, "helper.py", "WORD = 'one'\n")
    write(project, "main.py", """\
        import helper

        if __name__ == "__main__":
            print(helper.WORD)
        """)
    first = run("demo/main.py", project=project)
    again = run("demo/main.py", project=project)
    assert (first.cached, again.cached) == (False, True)
    assert again.output == first.output == "one\n"
    write(project, "helper.py", "WORD = 'two'\n")  # only the imported module changes
    changed = run("demo/main.py", project=project)
    assert (changed.cached, changed.output) == (False, "two\n")


def test_failed_runs_are_not_cached(project):
    write(project, "boom.py", "raise SystemExit(1)\n")
    assert not run("demo/boom.py", project=project).ok
    assert not run("demo/boom.py", project=project).cached


def test_output_shows_project_paths_relative_to_the_project(project):
    write(project, "where.py", "print(__file__)\n")
    # written as the OS writes paths: snippets\demo\where.py on Windows
    assert run("demo/where.py", project=project).output == str(Path("snippets", "demo", "where.py")) + "\n"


TERMINAL_OR_PIPE = """\
    import os
    import sys

    print("terminal" if sys.stdout.isatty() else "pipe")
    print("variables of the runner:", [name for name in ("MPBE_START_METHOD", "MPBE_PROCESS_LOG") if name in os.environ])
    print("sitecustomize:", getattr(sys.modules.get("sitecustomize"), "__file__", None))  # Debian's Python has its own
    print("still in the buffer when the process ends")
    os._exit(0)  # skips the flush at exit: a pipe's buffer is lost, a terminal's line was written
    """


@pytest.mark.skipif(not snippet_runner.POSIX, reason="pseudo-terminals are a POSIX feature")
def test_a_terminal_run_is_the_bare_command_in_a_terminal_and_is_cached_apart(project):
    write(project, "where_to.py", TERMINAL_OR_PIPE)
    piped = run("demo/where_to.py", project=project)
    in_terminal = run("demo/where_to.py", project=project, terminal=True)
    assert piped.ok and in_terminal.ok, (piped.problem, in_terminal.problem)
    assert piped.output == ""  # all three lines were still in the pipe's buffer
    terminal, variables, sitecustomize, last = in_terminal.lines
    assert (terminal, variables, last) == ("terminal", "variables of the runner: []", "still in the buffer when the process ends")
    assert str(snippet_runner.STARTUP_DIR) not in sitecustomize, sitecustomize  # not the runner's start-up module
    again = run("demo/where_to.py", project=project, terminal=True)
    assert (again.cached, again.output) == (True, in_terminal.output)
    with pytest.raises(SnippetError, match="takes no start method"):
        run("demo/where_to.py", "spawn", project=project, terminal=True)


@pytest.mark.skipif(not snippet_runner.POSIX, reason="pseudo-terminals are a POSIX feature")
def test_the_output_limit_counts_the_same_bytes_in_a_terminal_as_in_a_pipe(project):
    """A terminal ends lines with \r\n; the runner passes them on as \n, and counts those."""
    write(project, "lines.py", """\
        # snippet: output=1k
        for _ in range(95):
            print("123456789")  # 950 bytes with their newlines
        print("last", end="\\r")  # a lone \\r stays
        """)
    piped, in_terminal = run("demo/lines.py", project=project), run("demo/lines.py", project=project, terminal=True)
    assert piped.ok and in_terminal.ok, (piped.problem, in_terminal.problem)
    assert piped.output == in_terminal.output == "123456789\n" * 95 + "last\r"


@pytest.mark.skipif(not snippet_runner.POSIX, reason="pseudo-terminals are a POSIX feature")
def test_a_terminal_run_that_leaves_a_process_holding_the_terminal_fails_and_the_process_is_killed(project):
    write(project, "holds_it.py", """\
        import subprocess
        import sys

        if __name__ == "__main__":
            child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
            print("child", child.pid, flush=True)
        """)
    result = run("demo/holds_it.py", project=project, terminal=True)
    assert re.fullmatch(r"left process\(es\) running after exit: \d+ \(python[\d.]*\) \(killed\)", result.problem or "")
    pid = int(result.lines[0].split()[1])
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE


LEAKS_A_GRANDCHILD = """\
    import subprocess
    import sys

    SLEEPER = "import time; time.sleep(600)"
    MIDDLE = (
        "import subprocess, sys, time; "
        f"p = subprocess.Popen([sys.executable, '-c', {SLEEPER!r}]); "
        "open('pid.txt', 'w').write(str(p.pid)); "
        "import os; [time.sleep(0.01) for _ in iter(lambda: os.path.exists('go'), True)]"
    )  # the middle process ends once the test has seen the grandchild: then the grandchild is an orphan
    subprocess.run([sys.executable, "-c", MIDDLE])
    """


@pytest.mark.parametrize("late", [0, 1.5])
def test_without_a_subreaper_a_leaked_grandchild_is_still_found_and_killed(tmp_path, late):
    """The macOS and Windows way (descendants recorded by parent id as they appear), checked here.

    `late`: seconds between the start and the family's first look, as on a loaded
    machine; the processes started in the meantime are family too.
    """
    (tmp_path / "leak.py").write_text(textwrap.dedent(LEAKS_A_GRANDCHILD))
    proc = subprocess.Popen([sys.executable, "leak.py"], cwd=tmp_path, start_new_session=snippet_runner.POSIX)
    try:
        time.sleep(late)
        family = snippet_runner._Family(proc, subreaper=False)
        pid_file = tmp_path / "pid.txt"
        deadline = time.monotonic() + 30
        while not (pid_file.exists() and pid_file.read_text() and int(pid_file.read_text()) in family.members):
            family.poll()
            assert proc.poll() is None
            assert time.monotonic() < deadline, f"the grandchild was not recorded; members: {list(family.members)}"
            time.sleep(0.02)
        (tmp_path / "go").touch()
        while proc.poll() is None:
            family.poll()
            time.sleep(0.02)
        assert proc.returncode == 0
        grandchild = int((tmp_path / "pid.txt").read_text())
        assert [p.pid for p in family.others()] == [grandchild]  # its parent ended; it did not
        assert family.kill_all() == []
        assert not psutil.pid_exists(grandchild) or psutil.Process(grandchild).status() == psutil.STATUS_ZOMBIE
    finally:
        if snippet_runner.POSIX:  # whatever happens above, leave nothing running
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)


@pytest.mark.skipif(not snippet_runner.LINUX, reason="the subreaper scan reads /proc (Linux)")
def test_a_main_process_reaped_before_the_first_scan_is_no_error():
    """On a loaded machine a quick snippet can end, and be reaped, before the family's first look at /proc."""
    proc = subprocess.Popen(["true"])
    while psutil.Process(proc.pid).status() != psutil.STATUS_ZOMBIE:
        time.sleep(0.01)
    family = snippet_runner._Family(proc, subreaper=True)
    os.waitpid(proc.pid, 0)  # what the supervisor's reaping does; /proc/PID is gone now
    assert family.poll() == []
    assert family.count() == 1


ALONE = """\
    # snippet: alone
    import time

    if __name__ == "__main__":
        time.sleep(1)
        print("measured")
    """


@pytest.fixture
def busy_loop():
    """Another program keeping one CPU busy, as another build on the machine would."""
    loop = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    yield loop
    loop.kill()
    loop.wait()


def test_an_alone_snippet_waits_for_a_quiet_machine_then_says_it_is_busy(project, monkeypatch, busy_loop):
    monkeypatch.setattr(snippet_runner, "QUIET_WAIT", 1.0)
    monkeypatch.setattr(snippet_runner, "_found_busy", 0.0)
    write(project, "measures.py", ALONE)
    result = run("demo/measures.py", project=project)
    assert not result.ok and result.status == "not run"
    assert re.fullmatch(r"machine busy: other processes kept \d\.\d CPUs busy and it did not get quiet within 1 s, "
                        r"so this measurement was not taken \(run it again on a quiet machine\)", result.problem)
    looks = []  # a second measurement soon after does not wait again: it looks once
    monkeypatch.setattr(snippet_runner, "QUIET_WAIT", 600.0)  # "soon": within one wait of the last
    monkeypatch.setattr(snippet_runner, "busy_cpus", lambda real=snippet_runner.busy_cpus: looks.append(1) or real())
    again = run("demo/measures.py", project=project)
    assert not again.ok and "did not get quiet" in again.problem
    assert len(looks) == 1
    assert not list((project / "cache").glob("*.json"))


def test_a_measurement_disturbed_by_another_program_is_thrown_away(project, monkeypatch, busy_loop):
    monkeypatch.setattr(snippet_runner, "_wait_for_quiet", lambda: None)  # it was quiet before it started
    monkeypatch.setattr(snippet_runner, "ALONE_ATTEMPTS", 2)
    write(project, "measures.py", ALONE)
    result = run("demo/measures.py", project=project)
    assert result.output == "measured\n"
    assert re.fullmatch(r"machine busy: other processes kept \d\.\d CPUs busy while it measured, 2 time\(s\) in a "
                        r"row \(run it again on a quiet machine\)", result.problem), result.problem
    assert not list((project / "cache").glob("*.json"))


def test_the_supervisor_counts_processes_and_their_cpu(project):
    write(project, "three.py", """\
        import time
        from multiprocessing import Process

        if __name__ == "__main__":
            children = [Process(target=time.sleep, args=(0.3,)) for _ in range(2)]
            for child in children:
                child.start()
            for child in children:
                child.join()
        """)
    result = run("demo/three.py", "spawn", project=project)
    assert result.ok, result.problem
    assert result.processes >= 3  # the main process, two children (and spawn's resource tracker)
    assert result.left_running == 0
    assert result.cpu_seconds is None or result.cpu_seconds > 0
