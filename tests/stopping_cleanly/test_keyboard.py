"""keyboard.py, the shown helper that stands in for a Ctrl-C, does what the page says a terminal does."""
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SNIPPETS = Path(__file__).resolve().parents[2] / "snippets"
HELPERS = ["stopping_cleanly/keyboard.py", "worked_example/keyboard.py"]  # kept identical by a structure test

PROGRAM = textwrap.dedent("""\
    import time
    from multiprocessing import Event, Process

    from keyboard import press_ctrl_c


    def child(ready):
        try:
            ready.set()  # inside the try: the signal may come at once
            time.sleep(30)
        except KeyboardInterrupt:
            print("child: KeyboardInterrupt", flush=True)


    if __name__ == "__main__":
        ready = Event()
        worker = Process(target=child, args=(ready,))
        worker.start()
        ready.wait()
        try:
            press_ctrl_c()
            time.sleep(30)
        except KeyboardInterrupt:
            print("main: KeyboardInterrupt", flush=True)
        worker.join(10)
        print("child exit code:", worker.exitcode, flush=True)
    """)


pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to another process ends it on Windows")


def run_program(helper: str, folder: Path, *argv: str) -> subprocess.CompletedProcess:
    """PROGRAM, importing the given copy of keyboard.py, started as `python ARGV` (default: the program)."""
    (folder / "program.py").write_text(PROGRAM)
    return subprocess.run([sys.executable, *(argv or ["program.py"])], cwd=folder, capture_output=True, text=True,
                          timeout=60, env={"PYTHONPATH": str((SNIPPETS / helper).parent), "PATH": "/usr/bin:/bin"})


@pytest.mark.parametrize("helper", HELPERS)
def test_press_ctrl_c_interrupts_each_child_and_the_main_process(helper, tmp_path):
    done = run_program(helper, tmp_path)
    assert done.returncode == 0, done.stderr
    assert sorted(done.stdout.splitlines()) == ["child exit code: 0", "child: KeyboardInterrupt", "main: KeyboardInterrupt"]


@pytest.mark.parametrize("helper", HELPERS)
def test_press_ctrl_c_works_when_sigint_was_ignored_at_start(helper, tmp_path):
    """As under a shell script's `command &`: the helper puts Python's handler back."""
    ignoring = "import signal, subprocess, sys; signal.signal(signal.SIGINT, signal.SIG_IGN); sys.exit(subprocess.call([sys.executable, 'program.py']))"
    done = run_program(helper, tmp_path, "-c", ignoring)
    assert done.returncode == 0, done.stderr
    assert "main: KeyboardInterrupt" in done.stdout.splitlines()
