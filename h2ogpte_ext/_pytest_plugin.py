"""pytest plugin (entry point `pytest11`): the `fake_h2ogpte` fixture, a running fake h2oGPTe per test.

pytest loads this module in every run of every project in the environment, so it imports nothing beyond
pytest itself: the fake server (and its `testing` extra) is imported only when a test asks for the fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from h2ogpte_ext.testing import FakeH2OGPTE

INSTALL_HINT = "the fake_h2ogpte fixture needs the testing extra: pip install 'h2ogpte-ext[testing]'"


@pytest.fixture
def fake_h2ogpte() -> Iterator[FakeH2OGPTE]:
    """A fresh fake h2oGPTe on 127.0.0.1: `.url`, `.api_key`, `.state`, `.faults`.

        def test_health(fake_h2ogpte):
            with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
                assert client.health().ok

    The test fails if the fake sent a response its spec forbids.
    """
    try:
        from h2ogpte_ext.testing import FakeH2OGPTE
    except ImportError as exc:
        pytest.fail(f"{INSTALL_HINT} ({exc})", pytrace=False)

    with FakeH2OGPTE() as server:
        yield server
