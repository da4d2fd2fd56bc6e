import re

from snippet_runner import run

EVENT = re.compile(r"^(quick|slow): (arrives|goes on|has the lock) at ([\d.]+) s$")


def times(lines):
    """{(name, event): seconds} for one round's lines."""
    found = {}
    for line in lines:
        name, event, seconds = EVENT.match(line).groups()
        found[name, event] = float(seconds)
    assert len(found) == 6
    return found


def test_the_barrier_makes_both_go_on_together_and_the_lock_takes_turns(start_method):
    result = run("practical_demonstrations/barrier_and_lock.py", start_method)
    assert result.ok, result.problem
    lines = result.lines
    assert lines[0] == "with a barrier:" and lines[7] == "without a barrier:" and len(lines) == 14
    with_barrier, without_barrier = times(lines[1:7]), times(lines[8:])
    for meeting in (with_barrier, without_barrier):  # quick sleeps 0.1 s, slow 0.9 s
        assert meeting["quick", "arrives"] < meeting["slow", "arrives"]

    # with the barrier: nobody goes on before the last one has arrived, then both go on at once
    # (margins are half the gap between the arrivals, so a busy machine does not matter)
    last_arrival = max(with_barrier["quick", "arrives"], with_barrier["slow", "arrives"])
    margin = (with_barrier["slow", "arrives"] - with_barrier["quick", "arrives"]) / 2
    for name in ("quick", "slow"):
        assert with_barrier[name, "goes on"] >= last_arrival - 0.01  # times are rounded
    assert abs(with_barrier["quick", "goes on"] - with_barrier["slow", "goes on"]) < margin
    # both reach the lock at once: one holds it 0.3 s while the other waits its turn
    assert abs(with_barrier["quick", "has the lock"] - with_barrier["slow", "has the lock"]) >= 0.25

    # without it: each goes on the moment it arrives, long before the other would
    margin = (without_barrier["slow", "arrives"] - without_barrier["quick", "arrives"]) / 2
    for name in ("quick", "slow"):
        assert without_barrier[name, "goes on"] - without_barrier[name, "arrives"] < margin
