import re

from snippet_runner import run


def test_named_and_default_named_processes_run_at_the_same_time(start_method):
    result = run("practical_demonstrations/naming_processes.py", start_method)
    assert result.ok, result.problem
    lines = [re.sub(r" \(pid \d+\)", "", line) for line in result.lines]
    for name in ("cruncher", "Process-2"):
        assert lines.index(f"{name}: crunching") < lines.index(f"{name}: done")
    # both start before either finishes: they run side by side
    assert max(lines.index("cruncher: crunching"), lines.index("Process-2: crunching")) < min(
        lines.index("cruncher: done"), lines.index("Process-2: done"))
    assert lines[-1] == "main process: MainProcess"
