import re

from snippet_runner import run


def test_each_log_line_names_its_process(start_method):
    result = run("coderzcolumn/process_constructor.py", start_method)
    assert result.ok, result.problem
    lines = [re.sub(r"pid \d+ +", "pid N ", line) for line in result.lines]
    assert lines[0] == "MainProcess pid N starting two processes"
    assert sorted(lines[1:3]) == ["adder-1     pid N 10 + 20 = 30", "adder-2     pid N 20 + 30 = 50"]
    assert lines[3] == "MainProcess pid N both are done"
    pids = re.findall(r"pid (\d+)", result.output)
    assert pids[0] == pids[3] and len({pids[0], pids[1], pids[2]}) == 3
