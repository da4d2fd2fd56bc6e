from snippet_runner import run


def test_with_the_lock_held_no_increment_is_lost(start_method):
    result = run("sharing_state/value_with_lock.py", start_method)
    assert result.ok, result.problem
    assert result.lines == ["expected 400000, got 400000", "lost updates: 0"]
