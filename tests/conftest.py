import pytest

import snippet_runner


@pytest.fixture(params=snippet_runner.available_methods())
def start_method(request):
    """Each test that takes this fixture runs once per start method available here."""
    return request.param
