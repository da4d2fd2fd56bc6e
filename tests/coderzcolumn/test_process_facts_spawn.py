from .test_process_facts_fork import check_facts

from snippet_runner import run


def test_the_same_program_under_spawn_reports_spawn():
    check_facts(run("coderzcolumn/process_facts_spawn.py"), "spawn")
