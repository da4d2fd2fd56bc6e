import re

from snippet_runner import run


def test_terminate_then_join_gives_sigterm(start_method):
    result = run("pymotw/terminate_process.py", start_method)
    assert result.ok, result.problem
    by_label = {line.split(":")[0].strip(): line for line in result.lines if not line.startswith("child")}
    assert re.search(r"<Process name='Process-1' parent=\d+ initial> alive: False$", by_label["created"])
    assert by_label["started"].endswith("started> alive: True")
    # right after terminate() the state is a race, so the page claims nothing about it
    assert by_label["joined"].endswith("stopped exitcode=-SIGTERM> alive: False")
    assert by_label["exitcode"] == "exitcode: -15"
    assert "child: finished" not in result.output
