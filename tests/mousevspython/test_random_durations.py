import re

from snippet_runner import run


def test_five_workers_start_and_finish_and_run_at_the_same_time(start_method):
    result = run("mousevspython/random_durations.py", start_method)
    assert result.ok, result.problem
    for i in range(5):
        started = [n for n, line in enumerate(result.lines) if re.fullmatch(rf"computer_{i}: started, needs 0\.\d s", line)]
        assert len(started) == 1 and started[0] < result.lines.index(f"computer_{i}: finished")
    # only what always holds: the wall time is printed, but how it compares with the sum
    # depends on how fast five processes start (a loaded machine under spawn: seconds)
    assert re.fullmatch(r"sum of durations [\d.]+ s, wall time [\d.]+ s", result.lines[-1])
