"""Shared fixtures: `figures` (numbers printed at the end), `sleeps` (a fake clock for retries), `make` (sync
and async clients of the fake server), `api` (raw httpx to its /api/v1) and `http` (raw httpx to its root).
`fake_h2ogpte` comes from the package's pytest plugin."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from h2ogpte_ext._async import _transport as async_transport
from h2ogpte_ext._sync import _transport as sync_transport
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.either import Either
from tests.raw import api_client
from tests.tampering import Tampering, _AsyncTamper, _Tamper

_FIGURES: list[str] = []


@pytest.fixture
def figures() -> list[str]:
    """Append a line here to have it printed in pytest's summary (counts a reader should see)."""
    return _FIGURES


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """A fake clock for retries: records each wait instead of waiting."""
    waits: list[float] = []

    async def async_sleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(sync_transport, "sleep", waits.append)
    monkeypatch.setattr(async_transport, "sleep", async_sleep)
    return waits


@pytest.fixture
def api(fake_h2ogpte: FakeH2OGPTE) -> Iterator[httpx.Client]:
    """Plain httpx to the fake's /api/v1 with its key: the fake's own tests, not our client."""
    with api_client(fake_h2ogpte) as client:
        yield client


@pytest.fixture
def http(fake_h2ogpte: FakeH2OGPTE) -> Iterator[httpx.Client]:
    """Plain httpx to the fake's root (`/api/v1/...`, `/file`, `/rpc/...`) with its key."""
    headers = {"Authorization": f"Bearer {fake_h2ogpte.api_key}"}
    with httpx.Client(base_url=fake_h2ogpte.url, headers=headers, timeout=10) as client:
        yield client


@pytest.fixture(params=["sync", "async"])
def make(request: pytest.FixtureRequest, fake_h2ogpte: FakeH2OGPTE) -> Iterator[Callable[..., Either]]:
    made: list[Either] = []

    def factory(**settings: Any) -> Either:
        settings = {"address": fake_h2ogpte.url, "api_key": fake_h2ogpte.api_key, **settings}
        made.append(Either(request.param, **settings))
        return made[-1]

    yield factory
    for either in made:
        either.close()


@pytest.fixture(autouse=True)
def _close_what_the_test_left_open() -> Iterator[None]:
    """Clients a test made with `Either(...)` (not through `make`) and did not close, closed at its end."""
    yield
    while Either.unclosed:
        Either.unclosed[-1].close()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _FIGURES:
        terminalreporter.section("figures")
        for line in _FIGURES:
            terminalreporter.write_line(line)


@pytest.fixture
def fake_h2ogpte_options() -> dict[str, Any]:
    """Our own suite runs against varied data (absent, null and edge values), the same on every run."""
    return {"variety": 12}


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(params=["sync", "async"])
def tampered(request: pytest.FixtureRequest, fake_h2ogpte: FakeH2OGPTE) -> Iterator[Callable[[Tampering], Either]]:
    """Clients of the fake whose requests and responses go through a `Tampering`."""
    made: list[tuple[Either, httpx.Client | httpx.AsyncClient]] = []

    def factory(tampering: Tampering) -> Either:
        http: httpx.Client | httpx.AsyncClient = (
            httpx.Client(transport=_Tamper(tampering))
            if request.param == "sync"
            else httpx.AsyncClient(transport=_AsyncTamper(tampering))
        )
        either = Either(request.param, address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key, http_client=http)
        made.append((either, http))
        return either

    yield factory
    for either, http in made:
        if isinstance(http, httpx.AsyncClient):
            either.run(http.aclose())
        else:
            http.close()
        either.close()
