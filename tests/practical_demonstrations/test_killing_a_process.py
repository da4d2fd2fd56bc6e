from snippet_runner import run


def test_state_after_join_is_stopped_with_sigterm(start_method):
    result = run("practical_demonstrations/killing_a_process.py", start_method)
    assert result.ok, result.problem
    assert result.lines[0] == "after start():     is_alive True"
    assert result.lines[1].startswith("after terminate(): is_alive ")  # True or False: a race
    assert result.lines[2:] == ["after join():      is_alive False", "exit code: -15"]
