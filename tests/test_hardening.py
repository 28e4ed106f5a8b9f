"""Hardening: a retry sends the same bytes, every failure is ours, secrets stay hidden, retries respect the
server, streams are split and bounded correctly, proxies come from the environment, health answers quickly.

End to end against the fake server on loopback, sync and async; where the fake cannot misbehave in the way
needed (a broken gzip body, a 20 MB error page, raw U+2028 in a stream) a caller's own httpx client with a
mock transport stands in for the server, through the same client stack.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from h2ogpte_ext.testing import FakeH2OGPTE
from h2ogpte_ext.testing import _openai as fake_openai
from tests.either import Either, client_of
from tests.hostile import DEEP_JSON, _mocked

pytestmark = pytest.mark.e2e


# --- 12. health -------------------------------------------------------------------------------------------


def test_health_reports_a_refused_key_as_unauthorised(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    c = make()
    healthy = c.run(c.client.health())
    assert healthy.ok and healthy.authorized and str(healthy) == "ready (HTTP 200), live (HTTP 200)"
    fake_h2ogpte.faults.add(path="/rpc/health/*", status=401, times=2)
    denied = c.run(c.client.health())
    assert not denied.ok and not denied.authorized and denied.readiness == 401
    assert str(denied) == "unauthorised: the server refused the API key (HTTP 401)"


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


def test_health_is_bounded_by_its_timeout_however_slowly_a_server_answers(kind: str, trickle: _Trickle) -> None:
    with client_of(kind, trickle.url) as c:
        started = time.monotonic()
        health = c.run(c.client.health(timeout=1.0))
        took = time.monotonic() - started
    assert 1.0 <= took < 3.0  # the whole check, not each read: before, 20 s for the two probes in turn
    assert (health.readiness, health.liveness, health.ok) == (None, 200, False)
    assert str(health) == "unhealthy: readiness: timed out: no answer within 1 s"


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


def test_health_reports_a_server_that_does_not_answer(make: Callable[..., Either]) -> None:
    c = make(address="http://127.0.0.1:9")
    health = c.run(c.client.health())
    assert not health.ok and health.readiness is None and "connection failed" in str(health)


# --- 13. the fake server ------------------------------------------------------------------------------------


def test_the_fakes_openai_door_refuses_deeply_nested_json_with_a_400(fake_h2ogpte: FakeH2OGPTE) -> None:
    headers = {"Authorization": f"Bearer {fake_h2ogpte.api_key}", "Content-Type": "application/json"}
    body = b'{"model": "auto", "messages": [{"role": "user", "content": ' + DEEP_JSON + b"}]}"
    response = httpx.post(f"{fake_h2ogpte.url}/openai_api/v1/chat/completions", content=body, headers=headers)
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "the body nests JSON deeper than 64 levels"
    assert fake_h2ogpte.state.violations == []


def test_a_failure_of_the_fakes_openai_door_is_recorded(
    fake_h2ogpte: FakeH2OGPTE, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(body: Any) -> str:
        raise RuntimeError("a bug in the fake")

    monkeypatch.setattr(fake_openai, "_question", broken)
    headers = {"Authorization": f"Bearer {fake_h2ogpte.api_key}"}
    body = {"model": "auto", "messages": [{"role": "user", "content": "hi"}]}
    response = httpx.post(f"{fake_h2ogpte.url}/openai_api/v1/chat/completions", json=body, headers=headers)
    assert response.status_code == 500 and response.json()["error"]["type"] == "server_error"
    assert fake_h2ogpte.state.violations == [
        "POST /openai_api/v1/chat/completions: the fake raised RuntimeError('a bug in the fake')"
    ]
    fake_h2ogpte.state.violations.clear()  # recorded as it should be: not a failure of this test
