"""Pictures agree with the output they are drawn from."""

import re

import pytest

import pictures

TIMELINE = """\
some other line
task a on ForkPoolWorker-1: 0.00 s -> 0.40 s
task b on ForkPoolWorker-2: 0.01 s -> 0.11 s
task c on ForkPoolWorker-2: 0.11 s -> 0.31 s
"""


def test_timeline_has_one_bar_per_task_and_one_row_per_process():
    svg, alt = pictures.timeline(TIMELINE)
    assert len(re.findall(r"<rect ", svg)) == 3
    assert re.findall(r">(ForkPoolWorker-\d)</text>", svg) == ["ForkPoolWorker-1", "ForkPoolWorker-2"]
    assert alt.startswith("Timeline of 3 tasks on 2 processes: ForkPoolWorker-1 ran task a (0.00 to 0.40 s)")
    assert f"<title>{alt}</title>" in svg


def test_bars_are_placed_by_their_times():
    svg, _ = pictures.timeline(TIMELINE)
    bars = [(float(x), float(w)) for x, w in re.findall(r'<rect x="([\d.]+)" y="\d+" width="([\d.]+)"', svg)]
    (xa, wa), (xb, wb), (xc, _) = bars
    assert wa == pytest.approx(4 * wb, rel=0.02)  # 0.40 s vs 0.10 s
    assert xc == pytest.approx(xb + wb, abs=0.2)  # c starts when b ends


def test_speedup_chart_states_cores_and_measured_ratios():
    svg, alt = pictures.speedup("1 process: 2.00 s\n2 processes: 1.00 s\n", cores=2)
    assert len(re.findall(r"<circle ", svg)) == 2
    assert "2 CPU cores" in alt and "2 processes 2.00 times as fast as one" in alt


def test_tree_draws_each_process_under_its_parent():
    svg, alt = pictures.tree("tree: 0 10 python main\ntree: 1 11 python worker\n")
    assert len(re.findall(r"<rect ", svg)) == 2
    assert alt == "Process tree with 2 processes: main (pid 10) at the top; worker (pid 11) under main (pid 10)."


@pytest.mark.parametrize("draw", [pictures.timeline, pictures.tree])
def test_output_without_the_lines_is_an_error(draw):
    with pytest.raises(ValueError, match="no '"):
        draw("nothing to draw\n")
