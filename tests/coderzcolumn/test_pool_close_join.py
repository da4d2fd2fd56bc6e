from snippet_runner import run


def test_close_join_waits_but_a_with_block_loses_uncollected_work(start_method):
    result = run("coderzcolumn/pool_close_join.py", start_method)
    assert result.ok, result.problem
    assert sorted(result.lines[:3]) == [f"worker: {a} + {a} is done" for a in (1, 2, 3)]
    assert result.lines[3:5] == ["after close() + join(): ready() is [True, True, True]", "results: [2, 4, 6]"]
    assert result.lines[-1] == "after leaving the with-block: ready() is [False, False, False]"
    assert not any(f"worker: {a} + {a} is done" in result.output for a in (10, 20, 30))
