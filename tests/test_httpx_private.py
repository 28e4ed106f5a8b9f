"""One test per private httpx symbol `h2ogpte_ext._httpx_private` uses: when httpx or httpx2 moves one, the
failure names it here, not somewhere in a retry or a proxy test."""

from __future__ import annotations

import io

import httpx
import pytest

from h2ogpte_ext import _httpx_private


def test_iterator_byte_stream_keeps_its_source() -> None:
    """httpx._content.IteratorByteStream._stream: a file body's source, to rewind it for a retry."""
    source = io.BytesIO(b"abc")
    request = httpx.Request("PUT", "http://127.0.0.1/", content=source)
    assert _httpx_private.body_source(request.stream) is source


def test_async_iterator_byte_stream_keeps_its_source() -> None:
    """httpx._content.AsyncIteratorByteStream._stream."""

    async def chunks() -> object:
        yield b"abc"

    generator = chunks()
    request = httpx.Request("PUT", "http://127.0.0.1/", content=generator)  # type: ignore[arg-type]
    assert _httpx_private.body_source(request.stream) is generator


def test_a_byte_body_has_no_source() -> None:
    assert _httpx_private.body_source(httpx.Request("PUT", "http://127.0.0.1/", content=b"abc").stream) is None


def test_multipart_stream_lists_its_file_fields() -> None:
    """httpx._multipart.MultipartStream.fields and FileField.file."""
    file = io.BytesIO(b"abc")
    request = httpx.Request("POST", "http://127.0.0.1/", files={"a": ("a.txt", file), "b": ("b.txt", b"inline")})
    assert _httpx_private.body_files(request.stream) == [file]
    assert _httpx_private.body_files(httpx.Request("POST", "http://127.0.0.1/", json={}).stream) is None


def test_get_environment_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx._utils.get_environment_proxies: proxies and NO_PROXY as patterns."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "localhost")
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    assert _httpx_private.environment_proxies() == {
        "https://": "http://proxy.example:3128",
        "all://localhost": None,
    }


@pytest.mark.parametrize("cls", [httpx.Client, httpx.AsyncClient])
def test_client_transport_and_mounts(cls: type[httpx.Client] | type[httpx.AsyncClient]) -> None:
    """Client._transport and Client._mounts."""
    mock = httpx.MockTransport(lambda request: httpx.Response(200))
    other = httpx.MockTransport(lambda request: httpx.Response(204))
    client = cls(transport=mock, mounts={"http://other": other, "http://none": None})
    assert list(_httpx_private.client_transports(client)) == [mock, other]
