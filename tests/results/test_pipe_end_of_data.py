from snippet_runner import run


def test_eof_comes_only_when_every_copy_of_the_writing_end_is_closed(start_method):
    result = run("results/pipe_end_of_data.py", start_method)
    assert result.ok, result.problem
    assert result.lines == [
        "got line 0",
        "got line 1",
        "got line 2",
        "child has exited; anything to read? False",
        "our copy closed too; anything to read? True",
        "recv() raised EOFError: no writing end is left open",
    ]
