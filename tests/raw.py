"""Raw HTTP for tests: to a fake h2oGPTe (plain httpx, not our client), and a test's own server: an ASGI app
served by uvicorn (`serving`), or an HTTP/1.1 server at the socket level that can misbehave as no framework
lets a server do (`raw_server`: hang up after reading a request, cut a body short, answer garbage)."""

from __future__ import annotations

import asyncio
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from starlette.types import ASGIApp

from h2ogpte_ext.testing import FakeH2OGPTE


def api_client(server: FakeH2OGPTE) -> httpx.Client:
    """An httpx client of the server's /api/v1, with its API key."""
    headers = {"Authorization": f"Bearer {server.api_key}"}
    return httpx.Client(base_url=f"{server.url}/api/v1", headers=headers, timeout=10)


def ok(response: httpx.Response, status: int = 200) -> Any:
    """The JSON of a response that must have `status` (None for an empty body)."""
    assert response.status_code == status, f"{response.request.method} {response.request.url}: {response.text}"
    return response.json() if response.content else None


@contextmanager
def serving(app: ASGIApp) -> Iterator[str]:
    """`app` served over real HTTP on 127.0.0.1 (uvicorn in a thread); yields its address."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=asyncio.run, args=(server.serve(sockets=[sock]),), daemon=True)
    thread.start()
    try:
        for _ in range(2000):
            if server.started:
                break
            threading.Event().wait(0.005)
        assert server.started, "the test's server did not start in 10 s"
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@contextmanager
def tls_serving(app: ASGIApp, folder: Path) -> Iterator[tuple[str, Path]]:
    """`app` served over TLS on 127.0.0.1 with a certificate of a throwaway CA (written in `folder`): yields its
    https address and the CA's certificate (PEM). Needs trustme."""
    trustme = pytest.importorskip("trustme")
    authority = trustme.CA()
    server_pem, ca_pem = folder / "server.pem", folder / "ca.pem"
    authority.issue_cert("127.0.0.1").private_key_and_cert_chain_pem.write_to_path(str(server_pem))
    authority.cert_pem.write_to_path(str(ca_pem))
    sock = socket.create_server(("127.0.0.1", 0))
    config = uvicorn.Config(
        app,
        ssl_certfile=str(server_pem),
        ssl_keyfile=str(server_pem),
        log_level="warning",
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=1,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=asyncio.run, args=(server.serve(sockets=[sock]),), daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    assert server.started, "the TLS server did not start"
    try:
        yield f"https://127.0.0.1:{sock.getsockname()[1]}", ca_pem
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


def read_terminal(primary: int) -> bytes:
    """Everything written to a pseudo-terminal (its primary side) until the process on it closes it."""
    shown = b""
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # the terminal closed with the process
            return shown
        if not chunk:
            return shown
        shown += chunk


Handler = Callable[[socket.socket, bytes], None]


def _read_request(conn: socket.socket) -> bytes:
    """One HTTP/1.1 request (head and a Content-Length body) from `conn`, or b"" when the peer closed."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length, chunked = 0, False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
        chunked |= name.strip().lower() == b"transfer-encoding" and b"chunked" in value.lower()
    while chunked and not (body == b"0\r\n\r\n" or body.endswith(b"\r\n0\r\n\r\n")):
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


class RawServer:
    """A loopback HTTP/1.1 server at the socket level: `handler(conn, request)` answers (or not) each request;
    `requests` holds every request read, in order."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[bytes] = []
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.address = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        self.sock.settimeout(0.1)  # to see `_stop`: closing a socket does not wake a thread in accept()
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(None)
            threading.Thread(target=self._connection, args=(conn,), daemon=True).start()

    def _connection(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(30)
            try:
                while True:
                    request = _read_request(conn)
                    if not request:
                        return
                    self.requests.append(request)
                    self.handler(conn, request)
            except OSError:
                return

    def paths(self) -> list[str]:
        return [request.split(b" ", 2)[1].decode() for request in self.requests]


@contextmanager
def raw_server(handler: Handler) -> Iterator[RawServer]:
    server = RawServer(handler)
    server._thread.start()
    try:
        yield server
    finally:
        server._stop.set()
        server._thread.join(10)
        server.sock.close()


def answer(status: int, body: bytes = b"{}", headers: dict[str, str] | None = None) -> bytes:
    lines = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}", "Content-Type: application/json"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def _transport(kind: str) -> object:
    if kind == "aiohttp":
        pytest.importorskip("httpx_aiohttp")
        from httpx_aiohttp import AiohttpTransport

        return AiohttpTransport()
    return None


TRANSPORTS = ["httpx", "aiohttp"]
