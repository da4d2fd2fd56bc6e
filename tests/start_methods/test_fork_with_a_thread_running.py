import sys

from snippet_runner import run

WARNING = "is multi-threaded, use of fork() may lead to deadlocks in the child."


def test_the_fork_warning_shows_from_312_and_only_with_the_default_filter():
    # No start_method fixture: the snippet forks through a fork context itself.
    result = run("start_methods/fork_with_a_thread_running.py")
    assert result.ok, result.problem
    assert result.lines.count("child: running") == 2
    with_filter = result.output.index("with warnings.simplefilter('default'):")
    warnings = [i for i, line in enumerate(result.lines) if WARNING in line]
    if sys.version_info < (3, 12):
        assert warnings == []
    else:
        assert len(warnings) == 1
        assert "DeprecationWarning: This process (pid=" in result.lines[warnings[0]]
        assert result.output.index(WARNING) > with_filter  # nothing before the filter changed
