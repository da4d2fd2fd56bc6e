from snippet_runner import run


def test_five_ways_to_end(start_method):
    result = run("pymotw/exit_codes.py", start_method)
    assert result.ok, result.problem
    codes = [line.split(":")[0].strip() + " " + line.rsplit(" ", 1)[1] for line in result.lines if "exitcode" in line]
    assert codes == [
        "calls_sys_exit_1 1",
        "returns_nothing 0",
        "returns_a_value 0",
        "raises_an_error 1",
        "gets_terminated -15",
    ]
    assert "Process raises_an_error:" in result.lines
    assert "ValueError: something went wrong in the child" in result.lines
    # the child wrote its traceback before it exited; the codes come after every join()
    first_code = next(i for i, line in enumerate(result.lines) if "exitcode" in line)
    assert result.lines.index("ValueError: something went wrong in the child") < first_code
