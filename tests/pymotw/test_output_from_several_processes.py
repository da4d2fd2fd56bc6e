from snippet_runner import run


def positions(lines, name):
    return [i for i, line in enumerate(lines) if line.startswith(f"{name}: ")]


def test_through_a_pipe_lines_come_per_process_unless_flushed(start_method):
    result = run("pymotw/output_from_several_processes.py", start_method)
    assert result.ok, result.problem
    lines = result.lines  # the runner reads stdout through a pipe, as the build does
    assert len(lines) == 12
    for name in ("A (no flush)", "B (no flush)", "A (flush=True)", "B (flush=True)"):
        assert [lines[i] for i in positions(lines, name)] == [f"{name}: line {n}" for n in (1, 2, 3)]
    # without flush: each process's three lines arrive in one block, when it exits
    for name in ("A (no flush)", "B (no flush)"):
        first, *_, last = positions(lines, name)
        assert last - first == 2
    # with flush=True: each line arrives when printed, so the two processes' lines mix
    a, b = positions(lines, "A (flush=True)"), positions(lines, "B (flush=True)")
    assert max(a[0], b[0]) < min(a[2], b[2])
