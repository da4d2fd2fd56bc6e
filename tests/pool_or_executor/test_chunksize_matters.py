import re

from snippet_runner import run


def milliseconds(call, output):
    """The time printed for `call`, which must be the line's whole call as the helper prints it."""
    # A chunked run can round to 0.00 ms: count it as 0.01 ms, the smallest time shown.
    return max(float(re.search(rf"^{re.escape(call)} +([\d.]+) ms$", output, re.M).group(1)), 0.01)


def test_one_task_per_message_is_many_times_slower(start_method):
    result = run("pool_or_executor/chunksize_matters.py", start_method)
    assert result.ok, result.problem
    out = result.output
    assert len(out.splitlines()) == 4, out
    pool_auto, pool_one = milliseconds("Pool.map()", out), milliseconds("Pool.map(chunksize=1)", out)
    executor_one = milliseconds("ProcessPoolExecutor.map()", out)
    executor_500 = milliseconds("ProcessPoolExecutor.map(chunksize=500)", out)
    # Fastest of three runs each: 15 to 760 times in our runs; 3 leaves room for a busy machine.
    assert pool_one / pool_auto > 3
    assert executor_one / executor_500 > 3
