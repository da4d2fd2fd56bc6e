import re

from snippet_runner import run


def test_terminate_is_a_race_that_is_over_without_join(start_method):
    result = run("pymotw/terminate_process.py", start_method)
    assert result.ok, result.problem
    by_label = {line.split(":")[0].strip(): line for line in result.lines if not line.startswith("child")}
    assert list(by_label) == ["created", "started", "terminated", "died", "joined", "exitcode"]
    assert re.search(r"<Process name='Process-1' parent=\d+ initial> alive: False$", by_label["created"])
    assert by_label["started"].endswith("started> alive: True")
    # right after terminate() the state is a race, so the page claims nothing about it
    assert re.search(r"(started> alive: (True|False)|stopped exitcode=-SIGTERM> alive: False)$", by_label["terminated"])
    # is_alive() and repr() ask the operating system themselves: the end shows before any join()
    assert by_label["died"].endswith("stopped exitcode=-SIGTERM> alive: False")
    assert by_label["joined"].endswith("stopped exitcode=-SIGTERM> alive: False")
    assert by_label["exitcode"] == "exitcode: -15"
    # the child flushed its first line before it was stopped; it never got to the last one
    assert "child: starting a job that would take 5 seconds" in result.lines
    assert "child: finished" not in result.output
