from snippet_runner import available_methods, run

from .versions import FORKSERVER_PRELOADS_MAIN

EXPECTED = {  # method -> (global set in __main__ seen, file run again, os.getppid() is main, Process name, Pool worker name)
    "fork": ("changed in __main__", "False", "True", "ForkProcess-N", "ForkPoolWorker-N"),
    "forkserver": ("default", str(not FORKSERVER_PRELOADS_MAIN), "False", "ForkServerProcess-N", "ForkServerPoolWorker-N"),
    "spawn": ("default", "True", "True", "SpawnProcess-N", "SpawnPoolWorker-N"),
}


def cells(line):
    """The snippet prints a 26-character label, then 24-character columns."""
    return line[:26].strip(), [line[i:i + 24].strip() for i in range(26, len(line), 24)]


def table(result):
    rows = dict(cells(line) for line in result.lines[1:])
    return cells(result.lines[0])[1], rows


def test_the_table_shows_each_method_as_it_behaves():
    # No start_method fixture: the snippet starts a child under every method itself.
    result = run("start_methods/compare_start_methods.py")
    assert result.ok, result.problem
    methods, rows = table(result)
    assert methods == [m for m in ("fork", "forkserver", "spawn") if m in available_methods()]
    for column, method in enumerate(methods):
        seen, again, ppid, process_name, pool_name = EXPECTED[method]
        assert rows["setting seen by child"][column] == seen
        assert rows["file run again in child"][column] == again
        assert rows["os.getppid() is main"][column] == ppid
        assert rows["parent_process() is main"][column] == "True"
        assert rows["Process name"][column] == process_name
        assert rows["Pool worker name"][column] == pool_name
    ms = dict(zip(methods, map(float, rows["start + join, ms"])))
    if "fork" in ms:  # every POSIX system; Windows has spawn only and no ratio row
        ratios = dict(zip(methods, map(float, rows["start + join, x fork"])))
        assert ratios["fork"] == 1.0
        # spawn starts a fresh interpreter that imports the file: far slower than a fork (6 to 60 times here).
        assert ratios["spawn"] > 3
        assert ms["spawn"] > 3 * ms["forkserver"]
        if not FORKSERVER_PRELOADS_MAIN:  # each forkserver child still imports the file: dearer than fork
            assert ms["fork"] < ms["forkserver"]
