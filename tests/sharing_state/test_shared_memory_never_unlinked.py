import re
from pathlib import Path

from snippet_runner import run


def test_the_resource_tracker_warns_and_unlinks_what_nobody_unlinked(start_method):
    result = run("sharing_state/shared_memory_never_unlinked.py", start_method)
    assert result.ok, result.problem
    lines = result.lines
    assert lines[0] == "the parent reads: 42"
    name = re.fullmatch(r"exiting; (\S+) was never unlinked", lines[1]).group(1)
    warning = "UserWarning: resource_tracker: There appear to be 1 leaked shared_memory objects to clean up at shutdown"
    (said,) = [line for line in lines[2:] if warning in line]  # after the program's last line
    if tuple(map(int, result.python.split(".")[:2])) >= (3, 13):  # the Python that ran it
        assert said.endswith(f"{warning}: {{'/{name}'}}")  # 3.13 added the names
    else:
        assert said.endswith(warning)
    if Path("/dev/shm").is_dir():  # Linux: the tracker removed the block
        assert not (Path("/dev/shm") / name).exists()
