"""The server itself (`h2ogpte_ext._health`). Health probes (`client.health()`): readiness and liveness, a
refused key, a redirect, and each check bounded by its timeout however the server answers; it never raises.
`client.meta()` and `h2ogpte-ext whoami`: who the caller is and what the server is (`GET /rpc/meta`), typed,
against the fake and against servers that answer it wrongly or not at all."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from h2ogpte_ext import APIResponseValidationError, AsyncH2OGPTE, NotFoundError, ServerMeta
from h2ogpte_ext._health import Health
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.either import Either, client_of
from tests.hostile import _mocked
from tests.raw import answer, raw_server, serving

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


# --- meta(): GET /rpc/meta ---------------------------------------------------------------------------------


@pytest.mark.e2e
def test_meta_names_the_server_the_user_and_the_licence(make: Callable[..., Either]) -> None:
    c = make()
    about = c.run(c.client.meta())
    assert isinstance(about, ServerMeta)
    assert about.version and about.username and not about.license_expired
    # The same user the REST API names as the owner of what it makes.
    made = c.run(c.client.collections.create_collection(name="mine", description="d"))
    assert made.username == about.username
    assert isinstance(about.permissions, list) and all(isinstance(p, str) for p in about.permissions)
    assert about.raw["version"] == about.version and about.describe().startswith(about.username)


def _server(answer: Any, status: int = 200) -> Starlette:
    async def meta(request: Request) -> Response:
        return JSONResponse(answer, status_code=status)

    return Starlette(routes=[Route("/rpc/meta", meta)])


GOOD = {
    "version": "1.7.5",
    "build": "b",
    "username": "ada",
    "user_id": "u1",
    "subject": "u1",
    "email": "ada@example.com",
    "is_guest": False,
    "license_expired": False,
    "license_expiry_date": "2099-01-01",
    "global_configs": [{"key_name": "max_upload", "string_value": "10", "value_type": "int"}],
    "user_configs": [{"key_name": "max_upload", "string_value": "5", "value_type": "int"}],
    "picture": None,
    "groups": None,
    "workspaces": [],
    "permissions": ["manage_collections"],
    "ui_config": {},
    "a_field_of_a_newer_server": 1,
}


@pytest.mark.e2e
def test_a_servers_answer_is_read_with_nulls_and_fields_it_adds(kind: str) -> None:
    with serving(_server(GOOD)) as address, client_of(kind, address) as c:
        about = c.run(c.client.meta())
    assert (about.groups, about.workspaces, about.configs) == ([], [], {"max_upload": "5"})  # the user's wins
    assert about.raw["a_field_of_a_newer_server"] == 1


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("version", 175, "ServerMeta.version: expected a string, got int"),
        ("license_expired", "no", "ServerMeta.license_expired: expected a boolean, got str"),
        ("permissions", [1], r"ServerMeta.permissions\[\]: expected a string, got int"),
    ],
)
@pytest.mark.e2e
def test_a_wrong_type_is_an_api_response_validation_error(kind: str, field: str, value: Any, message: str) -> None:
    expected = pytest.raises(APIResponseValidationError, match=message)
    with serving(_server({**GOOD, field: value})) as address, client_of(kind, address) as c, expected:
        c.run(c.client.meta())


@pytest.mark.e2e
def test_a_server_without_rpc_meta_is_not_found(kind: str) -> None:
    gone = _server({"detail": "Not Found"}, status=404)
    with serving(gone) as address, client_of(kind, address) as c, pytest.raises(NotFoundError):
        c.run(c.client.meta())


@pytest.mark.e2e
def test_whoami(fake_h2ogpte: FakeH2OGPTE) -> None:
    command = [sys.executable, "-m", "h2ogpte_ext", "whoami", "--address", fake_h2ogpte.url]
    env_key = ["--api-key", fake_h2ogpte.api_key]
    done = subprocess.run([*command, *env_key], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert " on h2oGPTe " in done.stdout and "licence valid until" in done.stdout
    as_json = subprocess.run([*command, *env_key, "--json"], capture_output=True, text=True, timeout=60)
    assert json.loads(as_json.stdout)["username"] in done.stdout
