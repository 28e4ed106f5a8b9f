"""One test per private httpx symbol `h2ogpte_ext._httpx_private` uses: when httpx or httpx2 moves one, the
failure names it here, not somewhere in a retry or a proxy test."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

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


def test_multipart_pieces_are_the_encoders_bytes_with_regular_files_left_as_files(tmp_path: Path) -> None:
    path = tmp_path / "a.bin"
    path.write_bytes(b"\x00file\r\n--boundary-like--\r\n" * 1000)
    with path.open("rb") as first, path.open("rb") as second:
        files: list[tuple[str, Any]] = [("file", ("a.bin", first)), ("more", ("b.txt", b"bytes")), ("again", second)]
        stream = httpx.Request("POST", "http://x", data={"k": "v"}, files=files).stream
        assert isinstance(stream, httpx.SyncByteStream)
        pieces = _httpx_private.multipart_pieces(stream)
        assert pieces is not None and [p for p in pieces if not isinstance(p, bytes)] == [first, second]
        assembled = b"".join(p if isinstance(p, bytes) else path.read_bytes() for p in pieces)
        assert assembled == b"".join(stream)  # what the encoder itself writes
    wrapped = httpx.Request("POST", "http://x", files={"file": ("a", io.BytesIO(b"x"))}).stream
    assert _httpx_private.multipart_pieces(wrapped) is None  # not a regular file: the encoder reads it
    in_memory = httpx.Request("POST", "http://x", files={"file": ("a", b"x")}).stream
    assert _httpx_private.multipart_pieces(in_memory) is None  # no file to send whole
    assert _httpx_private.multipart_pieces(httpx.ByteStream(b"x")) is None


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


@pytest.mark.parametrize("cls", [httpx.Client, httpx.AsyncClient])
def test_client_cookies_is_the_jar_the_client_fills_and_sends(
    cls: type[httpx.Client] | type[httpx.AsyncClient],
) -> None:
    """Client._cookies: the jar `lean_cookies` swaps keeps what the client held, takes what a response sets
    (`Set-Cookie` in any case), skips the parsing of a response that sets none, and its cookies are sent."""
    client = cls(cookies={"kept": "1"})
    _httpx_private.lean_cookies(client)
    assert type(client.cookies).__name__ == "LeanCookies" and dict(client.cookies) == {"kept": "1"}
    request = httpx.Request("GET", "http://127.0.0.1/api/v1/models")
    plain = httpx.Response(200, headers={"Content-Type": "application/json"}, request=request)
    setting = httpx.Response(200, headers=[(b"SET-COOKIE", b"session=abc; Path=/")], request=request)
    parsed: list[httpx.Response] = []
    original = httpx.Cookies.extract_cookies

    def noted(self: httpx.Cookies, response: httpx.Response) -> None:
        parsed.append(response)
        original(self, response)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(httpx.Cookies, "extract_cookies", noted)
        client.cookies.extract_cookies(plain)
        client.cookies.extract_cookies(setting)
    assert parsed == [setting]
    assert dict(client.cookies) == {"kept": "1", "session": "abc"}
    assert client.build_request("GET", "http://127.0.0.1/x").headers["Cookie"] in (
        "kept=1; session=abc",
        "session=abc; kept=1",
    )


def _python(code: str) -> str:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_importing_h2ogpte_ext_leaves_httpxs_command_line_unloaded() -> None:
    """httpx._main: `import httpx` loads click, rich and pygments for httpx's command line when they are
    installed; after `from h2ogpte_ext import H2OGPTE` none is loaded, and httpx's command line still runs."""
    import importlib.util

    if not all(importlib.util.find_spec(name) for name in ("click", "rich", "pygments")):
        pytest.skip("httpx's command-line dependencies are not installed here")
    loaded = _python(
        "import sys\nfrom h2ogpte_ext import H2OGPTE\nimport httpx\n"
        "print(sorted(m for m in ('click', 'rich', 'pygments') if m in sys.modules))"
    )
    assert loaded.strip() == "[]"
    # The command line itself, and the module's other names, load the real module on first use.
    shown = _python(
        "from h2ogpte_ext import H2OGPTE\nimport httpx\ntry:\n    httpx.main(['--help'])\nexcept SystemExit:\n    pass"
    )
    assert "A next generation HTTP client." in shown
    assert (
        _python("from h2ogpte_ext import H2OGPTE\nimport httpx._main as m\nprint(m.print_help.__module__)").strip()
        == "httpx._main"
    )


def test_httpx_imported_first_keeps_its_own_command_line_module() -> None:
    out = _python("import httpx, h2ogpte_ext, sys\nprint(type(sys.modules['httpx._main']).__name__)")
    assert out.strip() == "module"
