from snippet_runner import run


def test_given_and_default_names_and_the_three_run_at_once(start_method):
    result = run("pymotw/process_names.py", start_method)
    assert result.ok, result.problem
    lines = result.lines
    names = ("first-task", "Process-3", "cache-service")
    assert sorted(lines[:-1]) == sorted(f"{name}: {what}" for name in names for what in ("started", "finished"))
    # all three have started before any finishes: they run at the same time
    assert {line.split(": ")[1] for line in lines[:3]} == {"started"}
    # the service sleeps twice as long as the tasks: it finishes last
    assert lines[-2] == "cache-service: finished"
    assert lines[-1] == "main process is called MainProcess"
