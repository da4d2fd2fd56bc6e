import multiprocessing
import subprocess
import sys
import tempfile
from pathlib import Path

# The function now lives in a file, work.py, ...
MODULE = """\
def square(n):
    print("child:", n, "squared is", n * n)
"""

# ... and the REPL imports it from there.
LINES = """\
import multiprocessing
from work import square

context = multiprocessing.get_context({method!r})
child = context.Process(target=square, args=(7,))
child.start()
child.join()
print("exit code:", child.exitcode)
"""

if __name__ == "__main__":
    typed = LINES.format(method=multiprocessing.get_start_method())
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "work.py").write_text(MODULE)
        # Python started in that folder finds work.py there.
        subprocess.run([sys.executable, "-i", "-q"], input=typed,
                       text=True, stderr=subprocess.STDOUT, cwd=folder)
