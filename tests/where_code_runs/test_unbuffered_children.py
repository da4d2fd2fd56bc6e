from snippet_runner import run

LOST = ["worker: this line is flushed", "main: the worker was terminated, exit code -15"]
KEPT = ["worker: this line is flushed", "worker: this line waits in the buffer",
        "main: the worker was terminated, exit code -15"]


def test_python_u_reaches_only_forked_children_the_variable_reaches_all(start_method):
    result = run("where_code_runs/unbuffered_children.py", start_method)
    assert result.ok, result.problem
    with_option, with_variable = result.output.split("$ PYTHONUNBUFFERED=1 python lines_lost_without_flush.py | cat\n")
    assert with_option.splitlines()[0] == "$ python -u lines_lost_without_flush.py | cat"
    # -u is not passed on to the new interpreter that spawn and forkserver start
    assert with_option.splitlines()[1:] == (KEPT if start_method == "fork" else LOST)
    assert with_variable.splitlines() == KEPT  # the environment is inherited by every child
