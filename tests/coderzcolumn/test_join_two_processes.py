from .timing import seconds, tasks

from snippet_runner import run


def test_join_returns_when_each_process_ends(start_method):
    result = run("coderzcolumn/join_two_processes.py", start_method)
    assert result.ok, result.problem
    ran = {worker: (task, begin, end) for task, worker, begin, end in tasks(result.output)}
    # each name ran its own length: long 0.6 s, short 0.3 s
    assert ran["long"][0] == "0.6s" and ran["short"][0] == "0.3s"
    assert ran["long"][2] - ran["long"][1] >= 0.6 - 0.02
    assert 0.3 - 0.02 <= ran["short"][2] - ran["short"][1] < 0.6 - 0.02
    # the two ran side by side: each started before the other ended
    assert ran["long"][1] < ran["short"][2] and ran["short"][1] < ran["long"][2]
    # each join() returned only once its process had finished its work
    short_joined = seconds(r"^short joined at ([\d.]+) s$", result.output)
    long_joined = seconds(r"^long joined at ([\d.]+) s$", result.output)
    assert short_joined >= ran["short"][2] - 0.01
    assert long_joined >= ran["long"][2] - 0.01
