from snippet_runner import run


def test_appending_to_a_list_inside_a_proxy_changes_a_copy(start_method):
    result = run("sharing_state/manager_nested_gotcha.py", start_method)
    assert result.ok, result.problem
    assert result.lines == [
        "child exit code: 0",
        'shared["lines"] is []',
        "settings.lines is []",
    ]
