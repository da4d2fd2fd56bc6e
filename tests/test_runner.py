"""The runner itself: start methods on demand, hidden options, the cache, local imports."""

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

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
        # snippet: exit=2 timeout=5 alone
        import sys

        if __name__ == "__main__":
            sys.exit(2)
        """)
    assert snippet_runner.options(path) == snippet_runner.Options(exit=2, timeout=5.0, alone=True)
    assert snippet_runner.shown_source(path).startswith("import sys\n")
    result = run("demo/fails.py", project=project)
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


def test_a_bad_option_is_a_clear_error(project):
    write(project, "bad.py", "# snippet: exit=maybe\n")
    with pytest.raises(SnippetError, match=r"^snippets/demo/bad.py: bad snippet option 'exit=maybe'$"):
        run("demo/bad.py", project=project)


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


LEAKS_A_GRANDCHILD = """\
    import subprocess
    import sys

    SLEEPER = "import time; time.sleep(600)"
    MIDDLE = (
        "import subprocess, sys, time; "
        f"p = subprocess.Popen([sys.executable, '-c', {SLEEPER!r}]); "
        "open('pid.txt', 'w').write(str(p.pid)); time.sleep(0.5)"
    )
    subprocess.run([sys.executable, "-c", MIDDLE])
    """


def test_without_process_groups_a_leaked_grandchild_is_still_found_and_killed(tmp_path):
    """The Windows way (no process groups: descendants recorded as they appear), checked on any system."""
    (tmp_path / "leak.py").write_text(textwrap.dedent(LEAKS_A_GRANDCHILD))
    proc = subprocess.Popen([sys.executable, "leak.py"], cwd=tmp_path, start_new_session=snippet_runner.POSIX)
    try:
        family = snippet_runner._Family(proc, by_group=False)
        assert proc.wait(timeout=30) == 0
        grandchild = int((tmp_path / "pid.txt").read_text())
        assert [p.pid for p in family.wait_gone(1)] == [grandchild]  # its parent ended; it did not
        family.kill()
        assert family.wait_gone(5) == []
    finally:
        if snippet_runner.POSIX:  # whatever happens above, leave nothing running
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
