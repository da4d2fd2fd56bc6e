"""The Pythons of pythons.txt: the list, find(), the chroot runner tools/in-sid, the summary lines.

Tests that need what `make pythons` prepares fail with a clear line when it
has not run on a machine that could have it (Linux, as root); where the
machine cannot have it (not root: the chroot needs root) they are skipped
with the reason.
"""

import os
import platform
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psutil
import pytest

import pythons
from pythons import CHROOT, IN_SID, SID, Interpreter, Outcome

CAN_HAVE_CHROOT = sys.platform == "linux" and pythons.ROOT
METHODS = {"fork", "forkserver", "spawn"}


def test_the_list_parses():
    assert pythons.VERSIONS, "pythons.txt names no version"
    assert pythons.VERSIONS == sorted(pythons.VERSIONS, key=lambda v: tuple(map(int, v.split("."))))
    assert all(re.fullmatch(r"3\.\d+", version) for version in pythons.VERSIONS)


def test_the_list_allows_comments_and_rejects_anything_else(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("# a comment\n\n3.11\n3.12  # trailing comment\n")
    assert pythons.read_versions(good) == ["3.11", "3.12"]
    for bad in ("3.11\n3.11\n", "3.11.7\n", "python3.12\n"):
        (tmp_path / "bad.txt").write_text(bad)
        with pytest.raises(ValueError, match="bad.txt:"):
            pythons.read_versions(tmp_path / "bad.txt")


def test_find_gives_every_minor_and_this_build_serves_its_own():
    found = pythons.find()
    assert list(found) == pythons.VERSIONS
    own = "%d.%d" % sys.version_info[:2]
    if own in found:
        assert found[own] == Interpreter(own, platform.python_version(), (sys.executable,), "this build",
                                         found[own].default_method)
    for minor, interpreter in found.items():
        if interpreter is None:
            continue
        assert interpreter.minor == minor
        assert re.fullmatch(re.escape(minor) + r"\.\d+", interpreter.version), interpreter
        assert interpreter.source in pythons.SOURCE_ORDER
        assert interpreter.default_method in METHODS


def prepared(minor: str) -> Interpreter:
    """find()'s interpreter for ``minor``; fails or skips, saying why, where there is none."""
    interpreter = pythons.find()[minor]
    if interpreter is None:
        reason = pythons.why_missing(minor)
        cannot_be_had = reason.startswith("no CPython")  # `make pythons` looked everywhere
        if CAN_HAVE_CHROOT and not cannot_be_had:
            pytest.fail(f"Python {minor}: {reason} (this machine can have it)")
        pytest.skip(f"Python {minor}: {reason}")
    return interpreter


@pytest.mark.parametrize("minor", pythons.VERSIONS)
def test_argv_runs_that_version_with_the_requirements(minor):
    interpreter = prepared(minor)
    code = "import sys, platform, psutil, mkdocs, pytest; print(sys.version); print(platform.python_version())"
    done = subprocess.run([*interpreter.argv, "-c", code], cwd=pythons.PROJECT, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    version_line, short = done.stdout.splitlines()
    assert version_line.startswith(interpreter.version + " "), version_line
    assert short == interpreter.version
    method = subprocess.run([*interpreter.argv, "-c", "import multiprocessing as m; print(m.get_start_method())"],
                            cwd=pythons.PROJECT, capture_output=True, text=True, timeout=60)
    assert method.stdout.strip() == interpreter.default_method


# -- the chroot ----------------------------------------------------------------


@pytest.fixture(scope="module")
def sid_python() -> str:
    """The newest python3.X in the chroot (a path inside it)."""
    if not CAN_HAVE_CHROOT:
        pytest.skip("the Debian sid chroot needs Linux and root")
    if not pythons.SID_READY.exists():
        pytest.fail(f"no Debian sid chroot in {pythons.CACHE}: run `make pythons` (as root)")
    found = sorted(SID.glob("usr/bin/python3.*[0-9]"), key=lambda p: int(p.name.split(".")[1]))
    assert found, f"the chroot in {SID} has no python3.X: run `make pythons`"
    return "/" + found[-1].relative_to(SID).as_posix()


def in_sid(python: str, code: str, cwd: Path, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(IN_SID), python, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=120,
                          **kwargs)


def test_find_offers_the_chroot_pythons_through_in_sid():
    chroot = [i for i in pythons.find().values() if i and i.source == CHROOT]
    if not chroot:
        pytest.skip("no Python of this machine's list comes from the chroot")
    for interpreter in chroot:
        assert interpreter.argv[0] == str(IN_SID) and interpreter.in_chroot
        assert interpreter.argv[1].startswith(pythons.SID_VENVS + "/")


def test_the_chroot_sees_the_checkout_and_keeps_the_cwd(sid_python, tmp_path):
    code = "import os, pathlib; print(os.getcwd()); print(pathlib.Path('pythons.txt').read_text())"
    done = in_sid(sid_python, code, pythons.PROJECT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == str(pythons.PROJECT)
    assert done.stdout.split("\n", 1)[1].rstrip("\n") == (pythons.PROJECT / "pythons.txt").read_text().rstrip("\n")
    (tmp_path / "written-on-the-host.txt").write_text("seen")
    done = in_sid(sid_python, "import os; print(os.getcwd()); print(open('written-on-the-host.txt').read())",
                  tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(tmp_path.resolve()), "seen"]
    with open("/etc/os-release") as host:
        assert "sid" not in host.read()  # the host is not sid: the lines below prove the chroot
    done = in_sid(sid_python, "print(open('/etc/os-release').read())", tmp_path)
    assert "sid" in done.stdout


def test_the_chroot_refuses_a_cwd_it_cannot_show(sid_python):
    done = in_sid(sid_python, "print('ran')", Path("/etc"))
    assert done.returncode == 125
    assert "not inside the chroot" in done.stderr and "ran" not in done.stdout


def test_the_chroot_environment_is_clean(sid_python, tmp_path):
    env = {key: value for key, value in os.environ.items() if key not in ("LANG", "TMPDIR")}
    env.update(SECRET_OF_THE_HOST="1", PYTHONMARK="kept", MPBE_MARK="kept too", TERM="dumb")
    code = "import os, json; print(json.dumps(dict(os.environ)))"
    done = in_sid(sid_python, code, tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    inside = __import__("json").loads(done.stdout)
    assert "SECRET_OF_THE_HOST" not in inside
    assert inside["PYTHONMARK"] == "kept" and inside["MPBE_MARK"] == "kept too"
    assert inside["TERM"] == "dumb" and inside["LANG"] == "C.UTF-8"
    assert not [key for key in inside if key.startswith(("PIP_", "SSL_"))]


def test_the_chroot_mounts_are_private_and_vanish(sid_python, tmp_path):
    code = textwrap.dedent("""\
        import pathlib
        mounts = {line.split()[1]: line.split()[3] for line in open("/proc/self/mounts")}
        print(mounts["/sys"].split(",")[0], mounts["/dev/shm"].split(",")[0])
        pathlib.Path("/dev/shm/mpbe-private-test").write_text("x")
        """)
    done = in_sid(sid_python, code, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["ro", "rw"]
    assert not Path("/dev/shm/mpbe-private-test").exists()
    with open("/proc/self/mounts") as mounts:
        assert not [line for line in mounts if f" {SID}/" in line], "a chroot mount leaked to the host"


def test_spawn_forkserver_and_a_pool_work_in_the_chroot(sid_python, tmp_path):
    script = tmp_path / "children.py"
    script.write_text(textwrap.dedent("""\
        import multiprocessing, os

        def report(queue):
            queue.put(os.getpid())

        def square(n):
            return n * n

        if __name__ == "__main__":
            for method in ("spawn", "forkserver", "fork"):
                context = multiprocessing.get_context(method)
                queue = context.Queue()
                child = context.Process(target=report, args=(queue,))
                child.start()
                pid = queue.get(timeout=30)
                child.join()
                with context.Pool(2) as pool:
                    squares = pool.map(square, range(5))
                print(method, pid != os.getpid(), child.exitcode, squares)
        """))
    done = subprocess.run([str(IN_SID), sid_python, script.name], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"{m} True 0 [0, 1, 4, 9, 16]" for m in ("spawn", "forkserver", "fork")]


def test_in_sid_is_python_itself_and_dies_with_its_pid(sid_python, tmp_path):
    marker = f"mpbe-kill-test-{os.getpid()}"
    code = f"import os, time; print(os.getpid(), flush=True); time.sleep(120)  # {marker}"
    proc = subprocess.Popen([str(IN_SID), sid_python, "-c", code], cwd=tmp_path, stdout=subprocess.PIPE, text=True)
    try:
        inner_pid = int(proc.stdout.readline())
        assert inner_pid == proc.pid  # exec all the way down: no wrapper process stays between
        assert marker in " ".join(psutil.Process(proc.pid).cmdline())
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    time.sleep(0.2)
    left = []
    for other in psutil.process_iter(["cmdline", "status"]):
        if marker in " ".join(other.info["cmdline"] or []) and other.info["status"] != psutil.STATUS_ZOMBIE:
            left.append(other.pid)
    assert not left, f"still running after the kill: {left}"


# -- test-pythons: the command, its pieces and its lines ----------------------------


def test_summary_line_format():
    interpreter = Interpreter("3.14", "3.14.10", (str(IN_SID), "/opt/venvs/x/bin/python"), CHROOT, "forkserver")
    outcome = Outcome(interpreter, True, 180, 2, 312.4, [("tests/a/test_b.py::test_c", "AssertionError")])
    assert pythons.summary_line(outcome) == (
        "Python 3.14.10 (Debian sid (chroot)), default forkserver: strict build ok, "
        "tests 180 passed, 2 failed, 312 s"
    )
    outcome.build_ok = False
    outcome.trouble = "pytest (alone) exited with 2"
    assert pythons.summary_line(outcome).endswith("strict build FAILED, tests 180 passed, 2 failed, 312 s "
                                                  "(pytest (alone) exited with 2)")
    assert pythons.missing_line("3.16", "no CPython 3.16 here") == "Python 3.16: not available here (no CPython 3.16 here)"


def test_read_junit_counts_and_first_error_lines(tmp_path):
    report = tmp_path / "junit.xml"
    report.write_text(textwrap.dedent("""\
        <?xml version="1.0" encoding="utf-8"?>
        <testsuites><testsuite name="pytest">
        <testcase classname="tests.pymotw.test_a" name="test_ok[fork]" time="0.1"/>
        <testcase classname="tests.pymotw.test_a" name="test_bad[spawn]" time="0.1">
          <failure message="AssertionError: assert 'x' in []&#10;second line">long text</failure></testcase>
        <testcase classname="tests.pymotw.test_a" name="test_broken" time="0.1">
          <error message="failed on setup with &quot;OSError: boom&quot;">trace</error></testcase>
        <testcase classname="tests.pymotw.test_a" name="test_skipped" time="0.0">
          <skipped message="no fork here"/></testcase>
        </testsuite></testsuites>
        """))
    passed, failed, failures = pythons.read_junit(report)
    assert (passed, failed) == (1, 2)
    assert failures == [
        ("tests/pymotw/test_a.py::test_bad[spawn]", "AssertionError: assert 'x' in []"),
        ("tests/pymotw/test_a.py::test_broken", 'failed on setup with "OSError: boom"'),
    ]


def test_command_sets_variables_inside_the_chroot():
    chroot = Interpreter("3.15", "3.15.2", (str(IN_SID), "/opt/venvs/v/bin/python"), CHROOT, "forkserver")
    argv, env = pythons.command(chroot, ["-m", "pytest"], {"SNIPPET_CACHE_DIR": "/c"})
    assert argv == [str(IN_SID), "/usr/bin/env", "SNIPPET_CACHE_DIR=/c", "/opt/venvs/v/bin/python", "-m", "pytest"]
    host = Interpreter("3.12", "3.12.1", ("/v/bin/python",), "pyenv", "fork")
    argv, env = pythons.command(host, ["-V"], {"SNIPPET_CACHE_DIR": "/c"})
    assert argv == ["/v/bin/python", "-V"] and env["SNIPPET_CACHE_DIR"] == "/c"


def test_test_targets_are_every_snippet_test_folder_and_the_runner_tests():
    targets = pythons.test_targets()
    topics = sorted(p.name for p in (pythons.PROJECT / "snippets").iterdir() if p.is_dir())
    assert targets == [f"tests/{t}" for t in topics if (pythons.PROJECT / "tests" / t).is_dir()] + [
        "tests/test_runner.py", "tests/test_faults.py"]
    assert "tests/browser" not in targets and len(targets) > 2


def test_venvs_get_what_snippets_and_their_tests_need():
    wanted = {re.split(r"[=<>]", line)[0].lower() for line in pythons.venv_requirements()}
    assert {"psutil", "mkdocs", "mkdocs-material", "pytest", "pytest-xdist", "pytest-timeout"} <= wanted
    assert not wanted & pythons.NOT_IN_VENVS


def test_find_inside_the_chroot_offers_the_chroot_pythons_only():
    """A build running in the chroot (test-pythons under 3.14) finds the chroot's other Pythons directly."""
    chroot = {m: i for m, i in pythons.find().items() if i and i.source == CHROOT}
    if not CAN_HAVE_CHROOT:
        pytest.skip("the Debian sid chroot needs Linux and root")
    if not chroot:
        pytest.fail(f"find() offers no chroot Python here: run `make pythons` (chroot in {pythons.CACHE})")
    inside = next(iter(chroot.values()))
    code = textwrap.dedent("""\
        import json, subprocess, sys
        sys.path.insert(0, "tools")
        import pythons
        found = {}
        for minor, i in pythons.find().items():
            ran = i and subprocess.run([*i.argv, "-c", "import platform; print(platform.python_version())"],
                                       capture_output=True, text=True).stdout.strip()
            found[minor] = i and [list(i.argv), i.source, i.version, ran]
        print(json.dumps(found))
        """)
    done = subprocess.run([*inside.argv, "-c", code], cwd=pythons.PROJECT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = __import__("json").loads(done.stdout)
    for minor in pythons.VERSIONS:
        if minor == inside.minor:
            assert seen[minor][:3] == [[inside.argv[1]], "this build", inside.version]
        elif minor in chroot:
            assert seen[minor] == [[chroot[minor].argv[1]], CHROOT, chroot[minor].version, chroot[minor].version]
        else:
            assert seen[minor] is None  # a host Python cannot run inside the chroot


def fake_python(path: Path, version: str, works: bool = True) -> None:
    """An executable that answers the probe of `make pythons` as CPython ``version`` would."""
    path.parent.mkdir(parents=True, exist_ok=True)
    minor = ".".join(version.split(".")[:2])
    answer = (f'{{"implementation": "CPython", "version": "{version}", "minor": "{minor}", '
              f'"executable": "{path}", "free_threaded": false, "default_method": "fork"}}')
    path.write_text(f"#!/bin/sh\necho '{answer}'\n" if works else "#!/bin/sh\necho 'shim: not here' >&2\nexit 127\n")
    path.chmod(0o755)


@pytest.mark.skipif(os.name != "posix", reason="the fake interpreters are shell scripts")
def test_make_pythons_picks_the_newest_patch_release_on_path_and_in_pyenv(tmp_path, monkeypatch):
    fake_python(tmp_path / "shims" / "python3.12", "3.12.99", works=False)  # a pyenv shim that fails
    fake_python(tmp_path / "bin1" / "python3.12", "3.12.1")
    fake_python(tmp_path / "bin2" / "python3.12", "3.12.4")
    fake_python(tmp_path / "pyenv" / "versions" / "3.12.3" / "bin" / "python3.12", "3.12.3")
    fake_python(tmp_path / "pyenv" / "versions" / "3.12.9t" / "bin" / "python3.12", "3.12.9")  # free-threaded
    path = os.pathsep.join(str(tmp_path / d) for d in ("shims", "bin1", "bin2"))
    monkeypatch.setenv("PATH", path)
    monkeypatch.setenv("PYENV_ROOT", str(tmp_path / "pyenv"))
    assert pythons._pick_host("3.12") == {"base": str(tmp_path / "bin2" / "python3.12"), "version": "3.12.4",
                                          "source": "PATH"}
    fake_python(tmp_path / "pyenv" / "versions" / "3.12.7" / "bin" / "python3.12", "3.12.7")
    assert pythons._pick_host("3.12")["version"] == "3.12.7"
    assert pythons._pick_host("3.12")["source"] == "pyenv"
    assert pythons._pick_host("3.99") is None


def test_first_build_error_names_the_cause():
    log = ("INFO    -  Cleaning site directory\nWARNING -  snippet block 'a/b.py' could not be rendered: ValueError\n"
           "\nAborted with 1 warnings in strict mode!\n")
    assert pythons.first_build_error(log) == "WARNING -  snippet block 'a/b.py' could not be rendered: ValueError"
    assert pythons.first_build_error("Traceback (most recent call last):\nOSError: boom\n") == "OSError: boom"
