from snippet_runner import run


def test_the_parent_reads_what_the_child_wrote(start_method):
    result = run("sharing_state/shared_memory_block.py", start_method)
    assert result.ok, result.problem
    assert result.lines == ["the parent reads: [0, 1, 4, 9]", "closed and unlinked"]
    assert "leaked" not in result.output
