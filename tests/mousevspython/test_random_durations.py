import re

from snippet_runner import run

SEEDED = [0.2, 0.4, 0.4, 0.4, 0.3]  # random.seed(2020), then five random.choice([0.1, 0.2, 0.3, 0.4])


def test_seeded_durations_and_the_five_sleep_at_the_same_time(start_method):
    result = run("mousevspython/random_durations.py", start_method)
    assert result.ok, result.problem
    lines = result.lines
    for i, seconds in enumerate(SEEDED):
        started = lines.index(f"computer_{i}: started, needs {seconds} s")  # the seeded durations
        assert started < lines.index(f"computer_{i}: finished")
    assert lines[-1].startswith("sum of durations 1.7 s, wall time ")
    # the lines are flushed, so their order is the order of events: count how many
    # processes had started and not yet finished at each line
    running, most = set(), 0
    for line in lines[:-1]:
        name, event = re.fullmatch(r"(computer_\d): (started|finished).*", line).groups()
        if event == "started":
            running.add(name)
        else:
            running.remove(name)
        most = max(most, len(running))
    assert most >= 2  # a process started while another was still asleep
