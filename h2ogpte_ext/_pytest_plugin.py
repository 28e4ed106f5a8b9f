"""pytest plugin (entry point `pytest11`): the `fake_h2ogpte` fixture, a fresh fake h2oGPTe per test.

pytest loads this module in every run of every project in the environment, so it imports nothing beyond
pytest itself (`h2ogpte_ext/__init__.py` loads its names lazily: no httpx, click, attrs or h2ogpte_api):
the fake server (and its `testing` extra) is imported only when a test asks for the fixture.
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

INSTALL_HINT = "the fake_h2ogpte fixture needs the testing extra: pip install 'h2ogpte-ext[testing]'"
Servers = dict[tuple[tuple[str, Any], ...], "FakeH2OGPTE"]


@pytest.fixture
def fake_h2ogpte_options() -> dict[str, Any]:
    """Keyword arguments for the `fake_h2ogpte` server (none by default: tidy data, the spec's leniencies)."""
    return {}


@pytest.fixture(scope="session")
def _fake_h2ogpte_servers() -> Iterator[Servers]:
    servers: Servers = {}
    yield servers
    for server in servers.values():
        server.stop()


@pytest.fixture
def fake_h2ogpte(fake_h2ogpte_options: dict[str, Any], _fake_h2ogpte_servers: Servers) -> Iterator[FakeH2OGPTE]:
    """A fresh fake h2oGPTe on 127.0.0.1: `.url`, `.api_key`, `.state`, `.faults`.

        def test_health(fake_h2ogpte):
            with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
                assert client.health().ok

    The test fails if the fake sent a response its spec forbids.
    """
    try:
        from h2ogpte_ext.testing import FakeH2OGPTE
    except ImportError as exc:
        # One line: the hint and what was missing, not the ImportError's traceback chained above it.
        missing = exc.name.partition(".")[0] if exc.name else str(exc)
        raise pytest.fail.Exception(f"{INSTALL_HINT} (missing: {missing})", pytrace=False) from None

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
