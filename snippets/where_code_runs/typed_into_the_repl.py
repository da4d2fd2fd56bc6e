import multiprocessing
import subprocess
import sys

# The lines a reader types, the same both times. Only the start
# method is filled in: the one this program runs with.
LINES = """\
import multiprocessing

def square(n):
    print("child:", n, "squared is", n * n)

if __name__ == "__main__":
    context = multiprocessing.get_context({method!r})
    child = context.Process(target=square, args=(7,))
    child.start()
    child.join()
    print("exit code:", child.exitcode)
"""

if __name__ == "__main__":
    method = multiprocessing.get_start_method()
    typed = LINES.format(method=method)
    for title, options in [("the REPL", ["-i", "-q"]),
                           ("a script fed on stdin", ["-"])]:
        print(f"=== {title}: python {' '.join(options)}", flush=True)
        subprocess.run([sys.executable, *options], input=typed,
                       text=True, stderr=subprocess.STDOUT)
