import sys

from snippet_runner import run


def test_a_function_defined_inside_another_cannot_be_pickled(start_method):
    result = run("start_methods/local_function_target.py", start_method)
    assert result.ok, result.problem
    if start_method == "fork":
        assert result.lines == ["child: working"]
        return
    assert result.returncode == 1
    assert "child: working" not in result.output
    error = {(3, 11): "AttributeError: Can't pickle local object 'main.<locals>.work'",
             (3, 12): "AttributeError: Can't pickle local object 'main.<locals>.work'",
             (3, 13): "AttributeError: Can't get local object 'main.<locals>.work'"}
    if sys.version_info[:2] in error:
        assert result.lines[-1] == error[sys.version_info[:2]]
    else:  # 3.14 and later: a PicklingError, then notes saying where the function sat
        assert "_pickle.PicklingError: Can't pickle local object <function main.<locals>.work" in result.output
        assert result.lines[-1] == "when serializing multiprocessing.context.Process object"
