from snippet_runner import run


def test_workers_write_into_one_dict_held_by_the_manager(start_method):
    result = run("sharing_state/manager_dict.py", start_method)
    assert result.ok, result.problem
    # the manager's own process took number 1, so the workers are Process-2 to Process-4
    assert result.lines == [
        "type in the parent: DictProxy",
        "worker 0 was written by Process-2",
        "worker 1 was written by Process-3",
        "worker 2 was written by Process-4",
        "copied out as a plain dict: dict",
    ]
