"""Raw HTTP for tests: to a fake h2oGPTe (plain httpx, not our client), and a test's own server."""

from __future__ import annotations

import asyncio
import os
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
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
