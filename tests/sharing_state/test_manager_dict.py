import re

from snippet_runner import run


def test_workers_write_into_one_dict_held_by_the_manager(start_method):
    result = run("sharing_state/manager_dict.py", start_method)
    assert result.ok, result.problem
    lines = result.lines
    assert lines[0] == "type in the parent: DictProxy"
    pids = [re.fullmatch(rf"worker {n} has pid (\d+)", line).group(1) for n, line in enumerate(lines[1:4])]
    assert len(set(pids)) == 3
    assert lines[4:] == ["copied out as a plain dict: dict"]
