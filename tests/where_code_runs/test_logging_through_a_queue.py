import re

from snippet_runner import run

RECORD = re.compile(r"^(\S+) +(INFO|WARNING) +(.+)$")


def test_every_record_reaches_the_one_handler_in_the_main_process(start_method, pool_worker):
    result = run("where_code_runs/logging_through_a_queue.py", start_method)
    assert result.ok, result.problem
    records = [RECORD.match(line).groups() for line in result.lines]  # each line is one whole record
    # The pool was joined before the last record: every worker had sent its records by then.
    assert records[-1] == ("MainProcess", "INFO", "squares: [1, 4, 9]")
    # The main process's first record and the workers' go through different feeder threads:
    # which one reaches the queue first is not fixed, and the page does not say.
    assert [record for record in records if record[0] == "MainProcess"] == [
        ("MainProcess", "INFO", "the pool has started"), ("MainProcess", "INFO", "squares: [1, 4, 9]")]
    from_workers = [record for record in records if record[0] != "MainProcess"]
    assert all(re.fullmatch(rf"{pool_worker}-\d+", name) for name, _, _ in from_workers)
    assert sorted(message for _, _, message in from_workers) == [
        "1 is odd", "3 is odd", "working on 1", "working on 2", "working on 3"]
    messages = [message for _, _, message in from_workers]
    for odd in (1, 3):  # one worker's records keep their order
        assert messages.index(f"working on {odd}") < messages.index(f"{odd} is odd")
