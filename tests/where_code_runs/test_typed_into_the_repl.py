import re
import sys

from snippet_runner import run

# From 3.13.8 and 3.14.1 the fork server runs the main script itself, once
# (gh-126631). A script fed on stdin has no file to run: the server dies and
# start() fails in the parent. 3.11 to 3.13.7, and 3.15.2, fail in the child.
VERSION = sys.version_info[:3]
SERVER_RUNS_MAIN = (3, 13, 8) <= VERSION < (3, 14) or (3, 14, 1) <= VERSION < (3, 15)
NO_SQUARE = re.compile(
    r"^AttributeError: (Can't get attribute 'square' on <module '__main__'"
    r"|module '__main__' has no attribute 'square')", re.M)


def test_a_function_typed_into_python_reaches_only_a_forked_child(start_method):
    result = run("where_code_runs/typed_into_the_repl.py", start_method)
    assert result.ok, result.problem
    repl, stdin = result.output.split("=== a script fed on stdin: python -\n")
    assert repl.startswith("=== the REPL: python -i -q\n")
    if start_method == "fork":
        for part in (repl, stdin):
            assert "child: 7 squared is 49" in part
            assert "exit code: 0" in part
            assert "Traceback" not in part
        return
    assert "child:" not in result.output  # square() never ran
    # The REPL: the child's __main__ has no function called square.
    assert NO_SQUARE.search(repl)
    assert "exit code: 1" in repl
    # A script on stdin: the child looks for a file called <stdin>.
    assert re.search(r"^FileNotFoundError: .*<stdin>'$", stdin, re.M)
    if start_method == "forkserver" and SERVER_RUNS_MAIN:
        assert "exit code" not in stdin  # start() raised in the parent
        assert re.search(r"^(EOFError|ConnectionResetError)", stdin, re.M)
    else:
        assert "exit code: 1" in stdin
