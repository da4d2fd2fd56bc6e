from snippet_runner import run


def test_each_process_fills_its_own_slot(start_method):
    result = run("sharing_state/array_slots.py", start_method)
    assert result.ok, result.problem
    assert result.lines == [
        "slots: [499500, 1499500, 2499500, 3499500]",
        "sum of the slots: 7998000",
        "check: 7998000",
    ]
