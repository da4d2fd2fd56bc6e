"""Reading task lines and durations out of the Pool examples' output."""

import re

TASK = re.compile(r"^task (\S+) on (\S+): ([\d.]+) s -> ([\d.]+) s$", re.M)


def tasks(output):
    return [(task, worker, float(begin), float(end)) for task, worker, begin, end in TASK.findall(output)]


def seconds(pattern, output):
    return float(re.search(pattern, output, re.M).group(1))
