from .timing import seconds, tasks

from snippet_runner import run


def test_join_returns_when_each_process_ends(start_method):
    result = run("coderzcolumn/join_two_processes.py", start_method)
    assert result.ok, result.problem
    ran = {worker: (begin, end) for _, worker, begin, end in tasks(result.output)}
    assert set(ran) == {"short", "long"}
    # the two ran side by side: each started before the other ended
    assert ran["long"][0] < ran["short"][1] and ran["short"][0] < ran["long"][1]
    # each join() returned only once its process had finished its work
    short_joined = seconds(r"^short joined at ([\d.]+) s$", result.output)
    long_joined = seconds(r"^long joined at ([\d.]+) s$", result.output)
    assert short_joined >= ran["short"][1] - 0.01
    assert long_joined >= ran["long"][1] - 0.01
