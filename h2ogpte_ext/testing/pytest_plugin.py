"""pytest plugin (entry point `pytest11`): the `fake_h2ogpte` fixture, a fresh fake h2oGPTe per test.

One server runs per set of options for the whole session and is reset between tests (milliseconds, not a
new server each time). Override `fake_h2ogpte_options` to pass `FakeH2OGPTE` keyword arguments:

    @pytest.fixture
    def fake_h2ogpte_options() -> dict[str, object]:
        return {"variety": 12}  # varied optional and null values, the same for every run
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from h2ogpte_ext.testing import FakeH2OGPTE


@pytest.fixture
def fake_h2ogpte_options() -> dict[str, Any]:
    """Keyword arguments for the `fake_h2ogpte` server (none by default: tidy data, the spec's leniencies)."""
    return {}


@pytest.fixture(scope="session")
def _fake_h2ogpte_servers() -> Iterator[dict[tuple[tuple[str, Any], ...], FakeH2OGPTE]]:
    servers: dict[tuple[tuple[str, Any], ...], FakeH2OGPTE] = {}
    yield servers
    for server in servers.values():
        server.stop()


@pytest.fixture
def fake_h2ogpte(
    fake_h2ogpte_options: dict[str, Any], _fake_h2ogpte_servers: dict[tuple[tuple[str, Any], ...], FakeH2OGPTE]
) -> Iterator[FakeH2OGPTE]:
    """A fresh fake h2oGPTe on 127.0.0.1 (`.url`, `.api_key`, `.state`, `.faults`).

    The test fails if the fake sent a response its spec forbids.
    """
    # Imported here: the plugin loads in every pytest run, the testing extra may not be installed.
    from h2ogpte_ext.testing import FakeH2OGPTE

    key = tuple(sorted(fake_h2ogpte_options.items()))
    server = _fake_h2ogpte_servers.get(key)
    if server is None:
        server = _fake_h2ogpte_servers[key] = FakeH2OGPTE(**fake_h2ogpte_options).start()
    server.reset()
    yield server
    violations = list(server.state.violations)
    server.reset()
    if violations:
        pytest.fail("the fake sent responses its spec forbids:\n" + "\n".join(violations), pytrace=False)
