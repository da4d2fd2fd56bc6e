from snippet_runner import run

GROUPED = ["A: line 1", "A: line 2", "A: line 3", "B: line 1", "B: line 2", "B: line 3"]
INTERLEAVED = ["A: line 1", "B: line 1", "A: line 2", "B: line 2", "A: line 3", "B: line 3"]


def test_through_a_pipe_lines_come_out_per_process_unless_flushed(start_method):
    result = run("where_code_runs/lines_grouped_without_flush.py", start_method)
    assert result.ok, result.problem
    assert result.lines == [
        "--- print(..., flush=False)", *GROUPED,  # A ended first: its lines first
        "--- print(..., flush=True)", *INTERLEAVED,  # in the order printed
    ]
