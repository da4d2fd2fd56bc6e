from snippet_runner import run


def test_a_nested_proxy_or_an_assignment_keeps_the_change(start_method):
    result = run("sharing_state/manager_nested_fixed.py", start_method)
    assert result.ok, result.problem
    assert result.lines == [
        "shared[\"lines\"] is ['from the child']",
        "settings.lines is ['from the child']",
    ]
