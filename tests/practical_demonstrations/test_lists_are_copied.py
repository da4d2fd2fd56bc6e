from snippet_runner import run


def test_the_child_fills_its_own_copy_of_the_list(start_method):
    result = run("practical_demonstrations/lists_are_copied.py", start_method)
    assert result.ok, result.problem
    assert result.lines == ["in the child:  1000 numbers", "in the parent: 0 numbers"]
