import re
import sys

from snippet_runner import run

EXPECTED = {  # (depth, role) below the main process
    "fork": [(1, "our child")],
    "forkserver": [(1, "resource tracker"), (1, "forkserver"), (2, "our child")],
    "spawn": [(1, "resource tracker"), (1, "our child")],
}
if sys.platform == "win32":  # the resource tracker is a POSIX helper: Windows spawns the child alone
    EXPECTED["spawn"] = [(1, "our child")]


def test_helper_processes_depend_on_the_start_method(start_method):
    result = run("start_methods/process_tree.py", start_method)
    assert result.ok, result.problem
    assert result.lines[0] == f"start method: {start_method}"
    nodes = [(int(d), role) for d, role in re.findall(r"^tree: (\d) \d+ \S+ (.+)$", result.output, re.M)]
    assert nodes[0] == (0, "main")
    assert sorted(nodes[1:]) == sorted(EXPECTED[start_method])
