import re

from snippet_runner import run

WORKER = {"fork": "ForkPoolWorker", "forkserver": "ForkServerPoolWorker", "spawn": "SpawnPoolWorker"}
RECORD = re.compile(r"^(\S+) +(INFO|WARNING) +(.+)$")


def test_every_record_reaches_the_one_handler_in_the_main_process(start_method):
    result = run("where_code_runs/logging_through_a_queue.py", start_method)
    assert result.ok, result.problem
    records = [RECORD.match(line).groups() for line in result.lines]  # each line is one whole record
    assert records[0] == ("MainProcess", "INFO", "starting the pool")
    assert records[-1] == ("MainProcess", "INFO", "squares: [1, 4, 9]")
    from_workers = records[1:-1]
    assert all(re.fullmatch(rf"{WORKER[start_method]}-\d+", name) for name, _, _ in from_workers)
    assert sorted(message for _, _, message in from_workers) == [
        "1 is odd", "3 is odd", "working on 1", "working on 2", "working on 3"]
    messages = [message for _, _, message in from_workers]
    for odd in (1, 3):  # one worker's records keep their order
        assert messages.index(f"working on {odd}") < messages.index(f"{odd} is odd")
