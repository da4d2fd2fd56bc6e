from snippet_runner import run

from .versions import FORKSERVER_PRELOADS_MAIN, FORKSERVER_SURVIVES_FAILED_PRELOAD

GUARD_ERROR = "current process has finished its bootstrapping phase."


def test_without_the_guard_the_child_runs_the_top_level_again(start_method):
    result = run("start_methods/no_main_guard.py", start_method)
    assert result.ok, result.problem
    top = result.lines.count("top level runs")
    if start_method == "fork":
        assert result.lines == ["top level runs", "child: working", "child exit code: 0"]
    elif start_method == "spawn" or not FORKSERVER_PRELOADS_MAIN:
        assert top == 2  # once more, in the child
        assert "RuntimeError: " in result.output and GUARD_ERROR in result.output
        assert "child: working" not in result.output
        assert result.lines[-1] == "child exit code: 1"
    elif FORKSERVER_SURVIVES_FAILED_PRELOAD:  # 3.15: the server's import fails, the child's fails too
        assert top == 3  # the program, the server, the child
        assert GUARD_ERROR in result.output
        assert "child: working" not in result.output
        assert result.lines[-1] == "child exit code: 1"
    else:  # 3.13.8+ and 3.14.1+: the server dies of the guard error, and start() fails in the parent
        assert top == 2  # the program, the server
        assert GUARD_ERROR in result.output
        assert result.lines[-1].startswith(("EOFError", "ConnectionResetError"))  # 3.13, 3.14
        assert "child exit code" not in result.output
