"""The fake stands up to hostile input: deeply nested JSON is a 400, a body over the limit a 413 (by its
Content-Length or as it streams in), and the command-line server removes its temporary folder on SIGTERM
as on Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from h2ogpte_ext.testing import FakeH2OGPTE


@pytest.fixture
def small() -> Iterator[FakeH2OGPTE]:
    with FakeH2OGPTE(max_body_bytes=64 * 1024) as server:
        yield server


def _headers(server: FakeH2OGPTE) -> dict[str, str]:
    return {"Authorization": f"Bearer {server.api_key}", "Content-Type": "application/json"}


@pytest.mark.parametrize("depth", [65, 100_000])
def test_deeply_nested_json_is_a_400(fake_h2ogpte: FakeH2OGPTE, depth: int) -> None:
    body = b'{"name": "n", "description": "d", "metadata": ' + b"[" * depth + b"]" * depth + b"}"
    response = httpx.post(f"{fake_h2ogpte.url}/api/v1/collections", content=body, headers=_headers(fake_h2ogpte))
    assert response.status_code == 400
    assert "nested deeper than 64" in response.json()["message"]
    assert fake_h2ogpte.state.collections == {}


def test_brackets_inside_strings_do_not_count(fake_h2ogpte: FakeH2OGPTE) -> None:
    body = b'{"name": "' + b"[" * 500 + b'", "description": "d"}'
    response = httpx.post(f"{fake_h2ogpte.url}/api/v1/collections", content=body, headers=_headers(fake_h2ogpte))
    assert response.status_code == 201


def test_a_body_over_the_limit_is_a_413_by_its_length(small: FakeH2OGPTE) -> None:
    files = {"file": ("big.bin", b"x" * (65 * 1024))}
    headers = {"Authorization": f"Bearer {small.api_key}"}
    response = httpx.put(f"{small.url}/api/v1/uploads", files=files, headers=headers)
    assert response.status_code == 413
    assert response.json() == {"code": 413, "message": "request body larger than the server's limit of 65536 bytes"}
    assert small.state.uploads == {}


def test_a_streamed_body_over_the_limit_is_a_413(small: FakeH2OGPTE) -> None:
    def chunks() -> Iterator[bytes]:  # no Content-Length: chunked transfer encoding
        yield b'{"name": "n", "description": "'
        for _ in range(20):
            yield b"x" * 8192
        yield b'"}'

    response = httpx.post(f"{small.url}/api/v1/collections", content=chunks(), headers=_headers(small))
    assert response.status_code == 413
    assert small.state.collections == {}
    assert httpx.get(f"{small.url}/api/v1/collections", headers=_headers(small)).json() == []


def test_a_body_under_the_limit_is_served(small: FakeH2OGPTE) -> None:
    files = {"file": ("ok.bin", b"x" * 1024)}
    response = httpx.put(
        f"{small.url}/api/v1/uploads", files=files, headers={"Authorization": f"Bearer {small.api_key}"}
    )
    assert response.status_code == 200


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_the_command_line_server_removes_its_folder_when_stopped(tmp_path: Path, signum: int) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "h2ogpte_ext.testing", "--port", "0", "--api-key", "sk-cli"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1", "TMPDIR": str(tmp_path)},
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip().removeprefix("listening on ")
        headers = {"Authorization": "Bearer sk-cli"}
        big = b"kept on disk" * 100_000  # past what the fake keeps in memory
        upload = httpx.put(f"{url}/api/v1/uploads", files={"file": ("a.txt", big)}, headers=headers)
        assert upload.status_code == 200
        (folder,) = tmp_path.iterdir()
        assert folder.name.startswith("fake-h2ogpte-") and any(folder.iterdir())
        proc.send_signal(signum)
        assert proc.wait(10) in (0, -signum)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    assert list(tmp_path.iterdir()) == []
