import re

from snippet_runner import run


def test_each_log_line_names_its_process(start_method):
    result = run("coderzcolumn/process_constructor.py", start_method)
    assert result.ok, result.problem
    lines = [re.sub(r"pid \d+ +", "pid N ", line) for line in result.lines]
    # the main block ends before the children have slept their 0.3 s
    assert lines[:2] == ["MainProcess pid N starting two processes",
                         "MainProcess pid N main block done, without waiting for the children"]
    # yet the program waited for both children before it exited
    assert sorted(lines[2:]) == ["adder-1     pid N 10 + 20 = 30", "adder-2     pid N 20 + 30 = 50"]
    pids = re.findall(r"pid (\d+)", result.output)
    assert pids[0] == pids[1] and len({pids[0], pids[2], pids[3]}) == 3
