import multiprocessing
import subprocess
import sys

# A Pool typed into the REPL. get() waits at most 3 seconds here;
# a plain pool.map(square, ...) would wait forever.
LINES = """\
import multiprocessing

def square(n):
    return n * n

pool = multiprocessing.get_context({method!r}).Pool(2)
result = pool.apply_async(square, (7,))
print("result:", result.get(timeout=3))
pool.terminate()
"""

if __name__ == "__main__":
    typed = LINES.format(method=multiprocessing.get_start_method())
    subprocess.run([sys.executable, "-i", "-q"], input=typed, text=True,
                   stderr=subprocess.STDOUT)
