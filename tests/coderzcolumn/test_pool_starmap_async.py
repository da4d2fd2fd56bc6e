from snippet_runner import run


def test_starmap_async_does_not_block(start_method):
    result = run("coderzcolumn/pool_starmap_async.py", start_method)
    assert result.ok, result.problem
    assert result.lines == [
        "starmap_async() returned at once: MapResult",
        "ready() right away: False",
        "the main process is free to do other work meanwhile",
        "get() waits, then gives: [3, 7, 11, 15]",
        "successful(): True",
    ]
