from snippet_runner import local_imports, resolve, run


def test_five_processes_run_the_imported_function(start_method):
    result = run("pymotw/target_from_another_module.py", start_method)
    assert result.ok, result.problem
    assert result.lines == ["greetings from a function defined in greetings.py"] * 5


def test_the_page_shows_the_imported_module_too():
    assert [p.name for p in local_imports(resolve("pymotw/target_from_another_module.py"))] == ["greetings.py"]
