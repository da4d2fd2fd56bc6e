from snippet_runner import run


def test_map_raises_in_the_parent_with_the_workers_traceback(start_method):
    result = run("results/pool_map_raises.py", start_method)
    assert result.ok, result.problem  # the snippet expects exit code 1
    assert result.returncode == 1
    lines = result.lines
    cause = lines.index("The above exception was the direct cause of the following exception:")
    assert lines[0] == "multiprocessing.pool.RemoteTraceback: "
    # The worker's frames come first, quoted; then the parent's own traceback.
    assert any(line.endswith(", in parse") for line in lines[:cause])
    assert any(line.endswith(", in <module>") for line in lines[cause:])
    assert lines[-1] == "ValueError: invalid literal for int() with base 10: 'twelve'"
    assert not any(line.startswith("never printed") for line in result.lines)
