from snippet_runner import run


def test_both_ends_of_a_pipe_send_and_receive(start_method):
    result = run("results/pipe_conversation.py", start_method)
    assert result.ok, result.problem
    assert result.lines == [
        "sent 'hello', got back 'HELLO'",
        "sent 'pipe', got back 'PIPE'",
        "child exit code: 0",
    ]
