from snippet_runner import run


def test_a_result_that_cannot_be_pickled_fails_in_the_parent(start_method):
    result = run("results/unpicklable_result.py", start_method)
    assert result.ok, result.problem  # the snippet expects exit code 1
    assert result.returncode == 1
    last = result.lines[-1]
    assert last.startswith("multiprocessing.pool.MaybeEncodingError: Error sending result: '[<generator object")
    assert last.endswith("Reason: 'TypeError(\"cannot pickle 'generator' object\")'")
    assert not any(line.startswith("map() gives") for line in result.lines)
