"""Health probes (`h2ogpte_ext._health`, `client.health()`): readiness and liveness, a refused key, a redirect,
and each check bounded by its timeout however the server answers. It never raises."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from h2ogpte_ext import AsyncH2OGPTE
from h2ogpte_ext._health import Health
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.either import Either, client_of
from tests.hostile import _mocked
from tests.raw import answer, raw_server

# --- the probes and what they say ---------------------------------------------------------------------------


@pytest.mark.e2e
def test_health_reports_each_probe_and_never_raises(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    c = make()
    health = c.run(c.client.health())
    assert health.ok and (health.readiness, health.liveness) == (200, 200)
    fake_h2ogpte.faults.add(path="/rpc/health/readiness", status=503)
    health = c.run(c.client.health())
    assert not health.ok and (health.readiness, health.liveness) == (503, 200)
    assert "not ready (HTTP 503)" in str(health)
    assert sum(r.path == "/rpc/health/readiness" for r in fake_h2ogpte.state.requests) == 2  # no retry


@pytest.mark.e2e
def test_health_reports_a_refused_key_as_unauthorised(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    c = make()
    healthy = c.run(c.client.health())
    assert healthy.ok and healthy.authorized and str(healthy) == "ready (HTTP 200), live (HTTP 200)"
    fake_h2ogpte.faults.add(path="/rpc/health/*", status=401, times=2)
    denied = c.run(c.client.health())
    assert not denied.ok and not denied.authorized and denied.readiness == 401
    assert str(denied) == "unauthorised: the server refused the API key (HTTP 401)"


@pytest.mark.e2e
def test_health_reports_a_server_that_does_not_answer(make: Callable[..., Either]) -> None:
    c = make(address="http://127.0.0.1:9")
    health = c.run(c.client.health())
    assert not health.ok and health.readiness is None and "connection failed" in str(health)


def test_a_probe_redirected_to_a_sign_in_page_is_not_healthy() -> None:
    def sign_in(conn: socket.socket, request: bytes) -> None:
        if b"/login" in request.split(b"\r\n", 1)[0]:
            conn.sendall(answer(200, b"<html>sign in</html>"))
        else:
            conn.sendall(answer(302, b"", {"Location": "/login?next=/rpc/health&token=abc"}))

    with raw_server(sign_in) as server:

        async def check() -> Health:
            async with AsyncH2OGPTE(address=server.address, api_key="sk-x") as client:
                return await client.health()

        health = asyncio.run(check())
    assert sorted(server.paths()) == ["/rpc/health/liveness", "/rpc/health/readiness"]  # no sign-in page asked
    assert not health.ok and not health.authorized
    assert f"redirected (HTTP 302) to {server.address}/login" in str(health) and "token" not in str(health)


# --- bounded by the probe timeout ---------------------------------------------------------------------------


@pytest.mark.e2e
def test_health_answers_within_its_probe_timeout(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    fake_h2ogpte.faults.add(path="/rpc/health/readiness", latency=5.0)
    c = make()
    health = c.run(c.client.health(timeout=0.2))
    assert not health.ok and health.readiness is None and health.liveness == 200  # the probes run at once
    assert health.error is not None and health.error.startswith("readiness: ") and "timed out" in health.error
    assert str(health).startswith("unhealthy: readiness: ")


class _Trickle:
    """A server on 127.0.0.1 whose readiness probe trickles its answer's head one byte every 0.2 s (each read
    ends well within any timeout, the whole answer takes 10 s); liveness answers at once."""

    HEAD = b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 40 + b"\r\nContent-Length: 0\r\n\r\n"

    def __init__(self) -> None:
        self.stop = threading.Event()
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            try:
                request = conn.recv(65536)
                if b"/liveness" in request.split(b"\r\n", 1)[0]:
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
                    return
                for byte in self.HEAD:
                    if self.stop.wait(0.2):
                        return
                    conn.sendall(bytes([byte]))
            except OSError:
                pass

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.fixture
def trickle() -> Iterator[_Trickle]:
    server = _Trickle()
    yield server
    server.close()


@pytest.mark.e2e
def test_health_is_bounded_by_its_timeout_however_slowly_a_server_answers(kind: str, trickle: _Trickle) -> None:
    with client_of(kind, trickle.url) as c:
        started = time.monotonic()
        health = c.run(c.client.health(timeout=1.0))
        took = time.monotonic() - started
    assert 1.0 <= took < 3.0  # the whole check, not each read: before, 20 s for the two probes in turn
    assert (health.readiness, health.liveness, health.ok) == (None, 200, False)
    assert str(health) == "unhealthy: readiness: timed out: no answer within 1 s"


@pytest.mark.e2e
def test_health_probes_wait_10_s_by_default(kind: str) -> None:
    seen: list[dict[str, float]] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200)

    c = _mocked(kind, server)
    assert c.run(c.client.health()).ok
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "`health(timeout=10)`" in readme
    assert [t["read"] for t in seen] == [10.0, 10.0]
