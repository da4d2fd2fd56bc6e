from snippet_runner import run


def test_the_parent_gets_the_childs_list_through_a_queue_and_a_pipe(start_method):
    result = run("practical_demonstrations/results_sent_back.py", start_method)
    assert result.ok, result.problem
    assert result.lines == [
        "through a Queue: the parent got 1000 numbers",
        "through a Pipe:  the parent got 1000 numbers",
    ]
