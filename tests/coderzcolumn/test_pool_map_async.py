from snippet_runner import run


def test_map_async_returns_a_map_result_at_once(start_method):
    result = run("coderzcolumn/pool_map_async.py", start_method)
    assert result.ok, result.problem
    assert result.lines == [
        "map_async() returned at once: MapResult",
        "ready() right away: False",
        "ready() after wait(): True",
        "get(): [3, 7, 11, 15]",
        "with chunksize=2, get(): [3, 7, 11, 15]",
    ]
