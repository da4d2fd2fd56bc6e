"""tools/mutate.py (`make mutate`): its mutations, the registry, and a whole run on a throw-away project."""

import hashlib
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import mutate
from snippet_runner import PROJECT
from varies import VARIES

LAYOUT = mutate.Layout(PROJECT)
TESTED = [name for name in LAYOUT.snippets if name in LAYOUT.tests_naming]  # every snippet a test runs


# -- every example comes with mutations of its lesson --------------------------------


@pytest.mark.parametrize("snippet", TESTED)
def test_every_tested_snippet_has_a_mutation_of_its_lesson(snippet):
    """Dropping the __main__ guard applies to nearly any snippet: it does not count."""
    lesson = [m.ident for m in mutate.mutations_of(snippet) if m.operator != mutate.MAIN_GUARD]
    assert lesson, f"no mutation reaches the lesson of {snippet}: name one in tests/mutations.toml (see CONTRIBUTING.md)"


def test_the_registry_names_existing_snippets_and_each_entry_applies_once():
    registry = mutate.read_registry(PROJECT)
    assert sorted(set(registry) - set(LAYOUT.snippets)) == []
    for snippet, entries in registry.items():
        found = [m for m in mutate.mutations_of(snippet, registry=registry) if m.operator == "registry"]  # raises if one does not apply
        assert [m.ident for m in found] == [entry["id"] for entry in entries]
        assert len({m.ident for m in found}) == len(found), f"{snippet}: two registry entries share an id"


def test_every_mutation_of_every_snippet_parses_and_changes_the_program():
    for snippet in LAYOUT.snippets:
        for mutation in mutate.mutations_of(snippet):
            assert mutation.mutated != mutation.original
            compile(mutation.mutated, mutation.name, "exec")
            assert mutation.diff(), mutation.name


# -- the operators, on small programs -------------------------------------------------


def mutated(operator: str, code: str) -> list[str]:
    src = mutate.Source(code)
    return [src.apply(edits) for _, _, edits in mutate.OPERATORS[operator](src)]


def test_remove_join_keeps_the_comment_and_the_option_line():
    code = textwrap.dedent("""\
        # snippet: exit=1
        if __name__ == "__main__":
            child.start()
            child.join()  # wait
            returned = other.join(timeout=0.5)
            print(", ".join(names))
        """)
    assert mutated("remove-join", code) == [
        code.replace("child.join()  # wait", "pass  # wait"),
        code.replace("other.join(timeout=0.5)", "None"),
    ]


def test_swap_durations_swaps_the_longest_and_the_shortest_of_related_ones():
    code = textwrap.dedent("""\
        long = Process(target=work, args=(0.6, started), name="long")
        short = Process(target=work, args=(0.3, started), name="short")
        lengths = [0.6, 0.1, 0.45]
        time.sleep(2)
        """)
    swapped_calls = code.replace("(0.6, started)", "(0.3, started)").replace('(0.3, started), name="short"', '(0.6, started), name="short"')
    assert 'args=(0.3, started), name="long"' in swapped_calls and 'args=(0.6, started), name="short"' in swapped_calls
    assert sorted(mutated("swap-durations", code)) == sorted([swapped_calls, code.replace("[0.6, 0.1, 0.45]", "[0.1, 0.6, 0.45]")])


def test_shrink_pool_to_one_and_one_less_also_when_no_size_is_given():
    assert mutated("shrink-pool", "Pool(processes=4)\n") == ["Pool(processes=1)\n", "Pool(processes=3)\n"]
    assert mutated("shrink-pool", "ctx.Pool(2, initializer=f)\n") == ["ctx.Pool(1, initializer=f)\n"]
    assert mutated("shrink-pool", "Pool()\nPool(initializer=f)\n") == ["Pool(1)\nPool(initializer=f)\n", "Pool()\nPool(1, initializer=f)\n"]
    assert mutated("shrink-pool", "ThreadPoolExecutor(max_workers=2)\nPool(1)\n") == []


def test_flip_daemon_flips_given_values_and_makes_unjoined_processes_daemons():
    code = textwrap.dedent("""\
        a = Process(target=f, daemon=True)
        b = Process(target=f)
        c = Process(target=f)
        workers = [Process(target=f) for _ in range(3)]
        c.join()
        for worker in workers:
            worker.join()
        psutil.Process(pid)
        """)
    assert sorted(mutated("flip-daemon", code)) == sorted([
        code.replace("daemon=True", "daemon=False"),
        code.replace("b = Process(target=f)", "b = Process(target=f, daemon=True)"),
    ])


def test_terminate_kill_start_and_wait_calls_are_dropped():
    code = "p.start()\np.terminate()\nq.kill()\nevent.wait()\n"
    assert mutated("drop-terminate", code) == [code.replace("p.terminate()", "pass"), code.replace("q.kill()", "pass")]
    assert mutated("drop-start", code) == [code.replace("p.start()", "pass")]
    assert mutated("drop-wait", code) == [code.replace("event.wait()", "pass")]


def test_chunksize_and_the_map_family():
    assert mutated("chunksize", "pool.map(f, xs, chunksize=1)\npool.map(f, xs, chunksize=3)\n") == [
        "pool.map(f, xs, chunksize=2)\npool.map(f, xs, chunksize=3)\n",
        "pool.map(f, xs, chunksize=1)\npool.map(f, xs, chunksize=1)\n",
    ]
    assert mutated("swap-map", "pool.imap(f, xs)\nlist(map(f, xs))\n") == ["pool.map(f, xs)\nlist(map(f, xs))\n", "pool.imap_unordered(f, xs)\nlist(map(f, xs))\n"]


def test_remove_flush_only_where_it_is_true():
    code = 'print("a", flush=True)\nprint("b", end="", flush=True)\nprint("c", flush=False)\n'
    assert mutated("remove-flush", code) == [
        code.replace('print("a", flush=True)', 'print("a")'),
        code.replace('print("b", end="", flush=True)', 'print("b", end="")'),
    ]


def test_blocks_are_unwrapped_one_level_out():
    code = textwrap.dedent("""\
        def work(lock):
            with lock:  # one at a time
                print("a")
                print("b")
            with Pool(2) as pool:
                pass

        if __name__ == "__main__":
            # start here
            work(Lock())
        """)
    assert mutated("drop-with-lock", code) == [code.replace('    with lock:  # one at a time\n        print("a")\n        print("b")', '    print("a")\n    print("b")')]
    assert mutated("drop-main-guard", code) == [code.replace('if __name__ == "__main__":\n    # start here\n    work(Lock())', "# start here\nwork(Lock())")]


def test_join_moves_into_the_start_loop_and_after_its_own_start():
    loops = "for worker in workers:\n    worker.start()\nfor worker in workers:\n    worker.join()\n"
    assert mutated("join-into-start-loop", loops) == [loops.replace("worker.start()\n", "worker.start()\n    worker.join()\n", 1)]
    pair = "long.start()\nshort.start()\nshort.join()\nlong.join()\n"
    assert mutated("join-into-start-loop", pair) == ["long.start()\nlong.join()\nshort.start()\nshort.join()\nlong.join()\n"]
    already = "for w in ws:\n    w.start()\n    w.join()\nfor w in ws:\n    w.join()\n"
    assert mutated("join-into-start-loop", already) == []


def test_start_methods_are_swapped():
    code = 'mp.set_start_method("spawn")\nctx = get_context("fork")\nget_context()\n'
    assert mutated("swap-start-method", code) == [code.replace('"spawn"', '"fork"'), code.replace('"fork")', '"spawn")')]


def test_columns_are_bytes_so_non_ascii_text_does_not_shift_an_edit():
    assert mutated("remove-flush", 'print("→ é", flush=True)\n') == ['print("→ é")\n']


# -- comparing outputs ----------------------------------------------------------------


def output(*lines, ok=True):
    return mutate.lines_of(mutate.runner.Result("demo/x.py", "fork", "".join(f"{line}\n" for line in lines), 0, 0.1, None if ok else "boom", "", ""))


def test_run_to_run_noise_is_no_change_but_a_changed_lesson_is():
    base = output("worker pid 41235: took 0.61 s", "wall 0.52 s, exit code 0")
    assert mutate.same(output("worker pid 50012: took 0.66 s", "wall 0.58 s, exit code 0"), base, )
    assert not mutate.same(output("worker pid 50012: took 0.61 s", "wall 1.7 s, exit code 0"), base, )
    assert not mutate.same(output("worker pid 50012: took 0.61 s", "wall 0.52 s, exit code 1"), base, )
    assert not mutate.same(output("4.0 task lengths"), output("1.0 task lengths"), )
    assert not mutate.same(output("a", "b", ok=False), output("a", "b"), )


def test_lines_are_compared_in_any_order():
    assert mutate.same(output("b", "a"), output("a", "b"))
    assert not mutate.same(output("a", "a"), output("a", "b"))


def test_what_varies_between_unmutated_runs_is_masked_as_noise():
    a = output("task 0: ForkPoolWorker-1 says hello", "task 1: ForkPoolWorker-2 says hello", "exit code 0")
    b = output("task 0: ForkPoolWorker-2 says hello", "task 1: ForkPoolWorker-2 says hello", "exit code 0")
    shapes = mutate.noise_shapes([a, b])
    assert shapes == {"ForkPoolWorker-#"}
    known = mutate.masked(a, shapes)
    assert mutate.same(mutate.masked(output("task 0: ForkPoolWorker-2 says hello", "task 1: ForkPoolWorker-1 says hello", "exit code 0"), shapes), known, )
    assert not mutate.same(mutate.masked(output("task 0: ForkPoolWorker-1 says hello", "exit code 0"), shapes), known, )
    assert not mutate.same(mutate.masked(output("task 0: ForkPoolWorker-1 says hello", "task 1: ForkPoolWorker-2 says hello", "exit code 1"), shapes), known, )
    assert mutate.noise_shapes([a, output("task 0: ForkPoolWorker-1 says bye", "task 1: ForkPoolWorker-2 says hello", "exit code 0")]) == set()


def test_which_worker_took_which_task_is_no_change_but_how_many_workers_is():
    base = output("task 0.1 on ForkPoolWorker-1: 0.08 s -> 0.18 s", "task 0.6 on ForkPoolWorker-2: 0.08 s -> 0.68 s")
    swapped = output("task 0.1 on ForkPoolWorker-2: 0.08 s -> 0.18 s", "task 0.6 on ForkPoolWorker-1: 0.08 s -> 0.68 s")
    one_worker = output("task 0.1 on ForkPoolWorker-1: 0.08 s -> 0.18 s", "task 0.6 on ForkPoolWorker-1: 0.18 s -> 0.78 s")
    one_worker_same_times = output("task 0.1 on ForkPoolWorker-1: 0.08 s -> 0.18 s", "task 0.6 on ForkPoolWorker-1: 0.08 s -> 0.68 s")
    assert not mutate.same(swapped, base)  # paired by sorted text, the numbers differ
    assert mutate.matches(swapped, [base])
    assert not mutate.matches(one_worker, [base])
    assert not mutate.matches(one_worker_same_times, [base])  # two workers became one


def test_a_traceback_quoting_the_changed_line_is_no_change():
    mutation = mutate.Mutation("demo/x.py", "shrink-pool", "shrink-pool@3", 3, "pool of 1",
                               "x = 1\nwith Pool(2) as inner:\n    pass\n", "x = 1\nwith Pool(1) as inner:\n    pass\n")
    quoted = mutate.changed_lines(mutation)
    assert quoted == {"with Pool(2) as inner:", "with Pool(1) as inner:"}
    before = output("Traceback (most recent call last):", "    with Pool(2) as inner:", "AssertionError: daemonic")
    after = output("Traceback (most recent call last):", "    with Pool(1) as inner:", "AssertionError: daemonic")
    assert not mutate.matches(after, [before])
    assert mutate.matches(mutate.without_quoted(after, quoted), [mutate.without_quoted(before, quoted)])
    other = output("Traceback (most recent call last):", "    with Pool(1) as inner:", "ValueError: other")
    assert not mutate.matches(mutate.without_quoted(other, quoted), [mutate.without_quoted(before, quoted)])


class Samples(mutate.Session):
    """Session.change with given unmutated outputs instead of runs."""

    def __init__(self, *samples):
        self.samples = list(samples)

    def baseline_outputs(self, snippet, method, samples):
        return self.samples[:samples]


def test_a_change_counts_only_when_a_second_mutant_run_shows_it_and_unmutated_runs_never_do():
    ab, ac, ad = output("a", "b"), output("a", "c"), output("a", "d")
    changed = Samples(ab, ab, ab, ab).change("x.py", "fork", ac, lambda: ac)
    assert changed[0].startswith("lines sorted") and "    - b" in changed and "    + c" in changed
    assert Samples(ab, ab, ab, ab).change("x.py", "fork", ac, lambda: ab) == []  # a slow moment, not a change
    assert Samples(ab, ab, ad, ac).change("x.py", "fork", ac, lambda: ac) == []  # the unmutated runs print it too
    assert Samples(ab, ab).change("x.py", "fork", ab, lambda: ac) == []  # matches at once: no second run needed


def test_lines_the_page_says_vary_count_as_one_line_but_must_be_there():
    name = "practical_demonstrations/daemon_vs_non_daemon.py"  # "how many ticks you see depends on ..."
    assert name in VARIES
    base = output("daemon: tick 0", "non-daemon: crunching", "daemon: tick 1", "daemon: tick 2", "non-daemon: finished")
    more_ticks = output("daemon: tick 0", "daemon: tick 1", "non-daemon: crunching", "daemon: tick 2",
                        "daemon: tick 3", "non-daemon: finished")
    no_ticks = output("non-daemon: crunching", "non-daemon: finished")
    not_finished = output("daemon: tick 0", "non-daemon: crunching", "daemon: tick 1")
    assert Samples(base, base, base, base).change(name, "fork", more_ticks, lambda: more_ticks) == []
    assert Samples(base, base, base, base).change(name, "fork", no_ticks, lambda: no_ticks) != []
    assert Samples(base, base, base, base).change(name, "fork", not_finished, lambda: not_finished) != []
    assert Samples(base, base, base, base).change("other/x.py", "fork", more_ticks, lambda: more_ticks) != []


# -- a whole run, on a throw-away project ------------------------------------------------

DEMO_SNIPPET = """\
import sys
from multiprocessing import Process


def work():
    sys.exit(3)


if __name__ == "__main__":
    child = Process(target=work, daemon=False)
    child.start()
    child.join()
    print("exit code", child.exitcode)
    print("done")
"""

DEMO_TEST = """\
from snippet_runner import run


def test_the_child_exit_code_is_shown():
    result = run("demo/exits.py")
    assert result.ok, result.problem
    assert "exit code 3" in result.lines
"""

DEMO_PAGE = """\
# Demo { #demo }

## Exit codes { #exit-codes }

A child that calls `sys.exit(3)` ends with exit code 3.

Look for exit code 3 on the first line.

```snippet exec="1"
demo/exits.py
```
"""

DEMO_REGISTRY = """\
[["demo/exits.py"]]
id = "done-renamed"
why = "the last line changes and no test looks at it"
find = 'print("done")'
replace = 'print("finished")'

[["demo/exits.py"]]
id = "exit-4"
why = "the exit code is the lesson"
find = "sys.exit(3)"
replace = "sys.exit(4)"
"""


@pytest.fixture
def demo(tmp_path) -> Path:
    """A small project: the real tools, one snippet, its test, its page, a registry, a snippet cache."""
    project = tmp_path / "demo-project"
    shutil.copytree(PROJECT / "tools", project / "tools", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(PROJECT / "pytest.ini", project / "pytest.ini")
    files = {
        "snippets/demo/exits.py": DEMO_SNIPPET,
        "tests/demo/test_exits.py": DEMO_TEST,
        "tests/mutations.toml": DEMO_REGISTRY,
        "docs/demo.md": DEMO_PAGE,
        ".snippet-cache/0123.json": "{}",  # a mutation run must neither use nor add to it
    }
    for name, text in files.items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text(text)
    return project


def fingerprint(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        if path.is_file():
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def run_mutate(project: Path, *args: str) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key != "SNIPPET_CACHE_DIR"}
    return subprocess.run(
        [sys.executable, str(PROJECT / "tools" / "mutate.py"), "--project", str(project), *args],
        capture_output=True, text=True, env=env, timeout=300,
    )


def test_list_shows_the_mutations_without_running_them(demo):
    before = fingerprint(demo)
    listing = run_mutate(demo, "demo/exits.py", "--list", "-v")
    assert listing.returncode == 0, listing.stderr
    for ident in ("remove-join@12", "drop-start@11", "flip-daemon@10", "drop-main-guard@9", "done-renamed", "exit-4"):
        assert ident in listing.stdout
    assert '+     print("finished")' in listing.stdout
    assert fingerprint(demo) == before


def test_a_run_kills_reports_survivors_with_their_claim_and_leaves_the_project_as_it_was(demo):
    before = fingerprint(demo)
    only = ["--only", "drop-start", "--only", "flip-daemon", "--only", "done-renamed", "--only", "exit-4"]
    run = run_mutate(demo, "demo/exits.py", *only, "--floor", "70")
    report = run.stdout
    assert run.returncode == 1, report + run.stderr  # 2 of 3 killed: under the floor
    assert report.splitlines()[-2].startswith("score: 2/3 killed (66.7 %), 1 survived, 1 equivalent here")
    survivors = report.split("SURVIVORS")[1].split("Equivalent here")[0]
    assert "demo/exits.py done-renamed: the last line changes and no test looks at it" in survivors
    assert '-     print("done")' in survivors and '+     print("finished")' in survivors
    assert "- done" in survivors and "+ finished" in survivors  # the output, unmutated vs mutant
    assert 'docs/demo.md#exit-codes "Exit codes"' in survivors
    assert "> Look for exit code 3 on the first line." in survivors
    equivalent = report.split("Equivalent here")[1]
    assert "demo/exits.py flip-daemon@10: daemon=True" in equivalent
    assert "drop-start" not in survivors + equivalent and "exit-4" not in survivors + equivalent
    assert fingerprint(demo) == before  # the project and its .snippet-cache untouched


def test_the_floor_passes_at_the_score(demo):
    run = run_mutate(demo, "demo/exits.py", "--only", "exit-4", "--floor", "100")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "score: 1/1 killed (100.0 %)" in run.stdout


def test_a_snippet_whose_tests_fail_unmutated_is_reported_not_judged(demo):
    test = demo / "tests" / "demo" / "test_exits.py"
    test.write_text(test.read_text().replace("exit code 3", "exit code 5"))
    run = run_mutate(demo, "demo/exits.py", "--only", "exit-4", "--floor", "0")
    assert run.returncode == 1, run.stdout + run.stderr
    assert "Not judged: demo/exits.py (1 mutations): its tests fail unmutated" in run.stdout
    assert "score: 0/0 killed" in run.stdout


def test_a_survivor_gets_a_second_run_of_its_tests_and_is_killed_if_they_fail_then(demo, tmp_path, monkeypatch):
    """A racing mutant may pass its tests once by drawing an output the unmutated program prints too."""
    calls = []

    def tests_fail_the_second_time(copy, tests, cache, timeout=900):
        calls.append(cache)
        return (len(calls) != 2, "" if len(calls) != 2 else "tests/demo/test_exits.py::test_exit_code_is_shown")

    monkeypatch.setattr(mutate, "run_tests", tests_fail_the_second_time)
    monkeypatch.setattr(mutate.runner, "CACHE_DIR", mutate.runner.CACHE_DIR)  # the session points it at its own
    session = mutate.Session(demo, tmp_path / "work", with_alone=False)
    session.methods = session.methods[:1]  # what is judged here does not depend on the start method
    renamed = next(m for m in mutate.mutations_of("demo/exits.py", project=demo) if m.ident == "done-renamed")
    verdict = session.judge(renamed)  # the output changes ("finished"), the tests pass the first time
    assert verdict.status == "killed", verdict
    assert verdict.detail.endswith("(on a second run of the tests)")
    assert calls[0] != calls[1]  # new runs of the mutant, not the first run's cached output
    monkeypatch.setattr(mutate, "run_tests", lambda copy, tests, cache, timeout=900: (True, ""))
    assert session.judge(renamed).status == "survived"  # tests that pass twice: a survivor
