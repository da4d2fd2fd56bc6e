import re

from .test_pool_starmap import check_chunking

from snippet_runner import run


def test_map_with_and_without_chunksize(start_method):
    check_chunking(run("coderzcolumn/pool_map.py", start_method), "map")


def test_pool_worker_names_depend_on_the_start_method(start_method, pool_worker):
    result = run("coderzcolumn/pool_map.py", start_method)
    assert result.ok, result.problem
    names = set(re.findall(r" on (\w+)-\d+:", result.output))
    assert names == {pool_worker}
