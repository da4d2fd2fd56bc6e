import ast
import os
import re
import sys

import pytest

from snippet_runner import available_methods, default_method, run


def check_facts(result, method):
    assert result.ok, result.problem
    assert result.method == method  # the method the snippet asked for
    assert f"cpu_count(): {os.cpu_count()}" in result.lines
    # the default comes first: fork up to 3.13, forkserver from 3.14 (Linux); spawn on macOS, Windows
    listed = next(line for line in result.lines if line.startswith("get_all_start_methods(): "))
    listed = ast.literal_eval(listed.split(": ", 1)[1])
    assert listed[0] == default_method() and sorted(listed) == sorted(available_methods())
    if sys.platform == "linux":
        assert listed[0] == ("fork" if sys.version_info < (3, 14) else "forkserver")
    assert re.search(r"^MainProcess: pid \d+, daemon False, parent None, start method " + method + "$", result.output, re.M)
    for name in ("child-1", "child-2"):
        assert re.search(rf"^{name}: pid \d+, daemon False, parent MainProcess, start method {method}$", result.output, re.M)
        assert f"active child {name}: is_alive() True" in result.lines
    assert result.lines[-1] == "active_children() after join(): []"


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no fork start method")
def test_children_report_fork_and_the_main_process_as_parent():
    check_facts(run("coderzcolumn/process_facts_fork.py"), "fork")


