from snippet_runner import run


def test_a_spawned_worker_is_a_new_python_told_it_is_a_multiprocessing_child(start_method):
    result = run("stopping_cleanly/freeze_support_first.py", start_method)
    assert result.ok, result.problem
    assert result.lines[0].startswith("main process started as: ")
    assert result.lines[0].endswith("snippets/stopping_cleanly/freeze_support_first.py")
    assert result.lines[1] == "its worker started as:"
    command = [line.strip() for line in result.lines[2:]]
    assert "-c" in command
    code = command[command.index("-c") + 1]
    assert code.startswith("from multiprocessing.spawn import spawn_main; spawn_main(")
    assert command[-1] == "--multiprocessing-fork"
