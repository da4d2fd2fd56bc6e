from .timing import seconds, tasks

from snippet_runner import run


def test_apply_blocks_so_three_calls_take_three_task_lengths(start_method):
    result = run("coderzcolumn/pool_apply.py", start_method)
    assert result.ok, result.problem
    assert [line for line in result.lines if line.startswith("apply()")] == [
        "apply() returned 30", "apply() returned 50", "apply() returned 70"]
    ran = tasks(result.output)
    assert [t[0] for t in ran] == ["10+20", "20+30", "30+40"]
    for before, after in zip(ran, ran[1:]):
        assert after[2] >= before[3] - 0.01  # each starts once the previous has ended
    lengths = seconds(r"^three apply\(\) calls took [\d.]+ s = ([\d.]+) task lengths$", result.output)
    assert lengths >= 2.5  # one after the other: about three, never about one
