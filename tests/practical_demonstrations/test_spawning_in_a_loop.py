import re

from snippet_runner import run

TASK = re.compile(r"task (\d) on (\S+): ([\d.]+) s -> ([\d.]+) s")


def test_joining_inside_the_loop_runs_the_processes_one_after_another(start_method):
    result = run("practical_demonstrations/spawning_in_a_loop.py", start_method)
    assert result.ok, result.problem
    tasks = {int(n): (float(begin), float(end)) for n, _, begin, end in TASK.findall(result.output)}
    assert sorted(tasks) == list(range(8))
    for n in (1, 2, 3):  # each of the first four starts after the previous one ended
        assert tasks[n][0] >= tasks[n - 1][1]
    inside = float(re.search(r"join inside the loop: ([\d.]+) s", result.output).group(1))
    after = float(re.search(r"join after the loop:  ([\d.]+) s", result.output).group(1))
    assert inside / after > 2  # four 0.2 s jobs: ideally 4x
