"""Every use of httpx's private API, in one place: the next httpx or httpx2 release that moves one of these
breaks here, by name, and `tests/test_httpx_private.py` has one test per symbol.

- `IteratorByteStream`, `AsyncIteratorByteStream` (httpx._content) and their `_stream`: the source of a
  request body given as an iterator or a file, to tell a file that can be read again from a one-shot stream;
- `MultipartStream`, `FileField` (httpx._multipart): the files of a multipart body, for the same reason, and
  the body in pieces around its regular files, which the sync client's pool sends with sendfile;
- `get_environment_proxies` (httpx._utils): HTTPS_PROXY, HTTP_PROXY, ALL_PROXY and NO_PROXY as httpx reads
  them, so that one httpx client routes by them without a second one built only for its routing;
- `Client._transport`, `Client._mounts`: the transports of a caller's own httpx client, to see whether it
  sends only through mocks (then it holds no connection bound to an event loop);
- `Client._cookies`: the jar a client keeps the cookies of its responses in, swapped for `LeanCookies`,
  which skips the standard library's cookie parsing (a tenth of a small call's CPU time) for the
  responses that set no cookie;
- `httpx._main`: httpx's command line, which `import httpx` loads with click, rich and pygments when they
  are installed (0.2 s and more of a script's start, for a program it never runs). `defer()` puts a stand-in
  in its place before httpx is imported; `httpx.main()` and any other name of the module load the real one
  when first used.

This module imports no httpx when it is imported (`h2ogpte_ext/__init__.py` calls `defer()` before it
imports what a public name needs; importing the package alone, as the pytest plugin does, puts nothing in
place): the functions below import httpx's private modules when first called.
"""

from __future__ import annotations

import functools
import importlib
import io
import os
import stat
import sys
import types
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, BinaryIO, cast

if TYPE_CHECKING:
    import httpx

__all__ = [
    "bind",
    "body_files",
    "body_source",
    "client_transports",
    "defer",
    "environment_proxies",
    "lean_cookies",
    "multipart_pieces",
]

_CLI = "httpx._main"


@functools.cache
def _body_classes() -> tuple[tuple[type, type], type, type]:
    """httpx's iterator streams, MultipartStream and FileField: imported once, when a body is first looked at."""
    from httpx._content import AsyncIteratorByteStream, IteratorByteStream
    from httpx._multipart import FileField, MultipartStream

    return (IteratorByteStream, AsyncIteratorByteStream), MultipartStream, FileField


def body_source(stream: object) -> Any | None:
    """What an iterator or file body (`content=...`) reads from, or None for any other stream."""
    if isinstance(stream, _body_classes()[0]):
        return cast(Any, stream)._stream
    return None


def body_files(stream: object) -> list[Any] | None:
    """The file objects of a multipart body (not those given as str or bytes), or None for another stream."""
    _, multipart, file_field = _body_classes()
    if not isinstance(stream, multipart):
        return None
    fields: list[Any] = cast(Any, stream).fields
    files = [cast(Any, f).file for f in fields if isinstance(f, file_field)]
    return [file for file in files if not isinstance(file, (str, bytes))]


def multipart_pieces(stream: object) -> list[bytes | BinaryIO] | None:
    """A multipart body as httpx's encoder writes it (`MultipartStream.iter_chunks`), with each file field's
    data left as its file when that is a regular file opened as such (io.BufferedReader or io.FileIO: the
    encoder reads it from its start to its end). None for another body, or one with any other file object (a
    wrapper, such as a progress counter, or a pipe: read by the encoder, as it is sent), or without a file."""
    _, multipart, file_field = _body_classes()
    if type(stream) is not multipart:
        return None
    body = cast(Any, stream)
    pieces: list[bytes | BinaryIO] = []
    whole = False
    for field in body.fields:
        pieces.append(b"--%s\r\n" % body.boundary)
        file = getattr(field, "file", None)
        if isinstance(field, file_field) and not isinstance(file, (str, bytes)):
            if type(file) not in (io.BufferedReader, io.FileIO) or not _regular(file):
                return None  # read by the encoder, a chunk at a time, as it is sent
            pieces += (cast(Any, field).render_headers(), cast(BinaryIO, file))
            whole = True
        else:  # a form value, or a file given as str or bytes: already in memory
            pieces += cast(Any, field).render()
        pieces.append(b"\r\n")
    pieces.append(b"--%s--\r\n" % body.boundary)
    return pieces if whole else None


def _regular(file: Any) -> bool:
    try:
        return stat.S_ISREG(os.fstat(file.fileno()).st_mode)
    except (OSError, ValueError):  # closed, or no descriptor
        return False


def environment_proxies() -> dict[str, str | None]:
    """{URL pattern: proxy URL, or None for no proxy (NO_PROXY)}, as httpx's clients read the environment."""
    from httpx._utils import get_environment_proxies

    return dict(get_environment_proxies())


def client_transports(client: httpx.Client | httpx.AsyncClient) -> Iterable[object]:
    """The transports a caller's httpx client sends through: its own and those mounted."""
    return [client._transport, *(t for t in client._mounts.values() if t is not None)]


@functools.cache
def _lean_cookies_class() -> type[httpx.Cookies]:
    import httpx

    class LeanCookies(httpx.Cookies):
        """httpx's cookie jar, which looks at a response's cookies only when it sets some: httpx hands every
        response to `http.cookiejar`, which wraps it in two adapter objects and parses its headers even when no
        Set-Cookie header is there. What is kept, and sent, is the same."""

        def extract_cookies(self, response: httpx.Response) -> None:
            if any(name.lower() in _SET_COOKIE for name, _ in response.headers.raw):
                super().extract_cookies(response)

    return LeanCookies


_SET_COOKIE = (b"set-cookie", b"set-cookie2")  # http.cookiejar reads both


def lean_cookies(client: httpx.Client | httpx.AsyncClient) -> None:
    """Give `client` a `LeanCookies` jar holding the cookies it holds now."""
    client._cookies = _lean_cookies_class()(client._cookies)


# --- httpx._main: a stand-in until something uses it ------------------------------------------------------


def _real_cli() -> types.ModuleType:
    """httpx's command-line module itself, in place of the stand-in."""
    if isinstance(sys.modules.get(_CLI), _DeferredCLI):
        del sys.modules[_CLI]
    module = importlib.import_module(_CLI)
    setattr(sys.modules["httpx"], "_main", module)  # noqa: B010 - the package's attribute, as an import sets it
    return module


class _DeferredCLI(types.ModuleType):
    """`httpx._main` until something uses it."""

    @staticmethod
    def main(*args: Any, **kwargs: Any) -> Any:
        return _real_cli().main(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # what the import system asks of any module (`__spec__`, ...) it has not
            raise AttributeError(name)
        return getattr(_real_cli(), name)


def defer() -> None:
    """Put the stand-in in place if httpx is not imported yet (nor aliased: `httpx2.alias_httpx()`)."""
    if "httpx" not in sys.modules and _CLI not in sys.modules:
        sys.modules[_CLI] = _DeferredCLI(_CLI)


def bind() -> None:
    """Once httpx is imported, make the stand-in its `_main`, as importing the submodule would have (`import
    httpx._main as m`, `httpx._main.main`)."""
    httpx = sys.modules.get("httpx")
    if httpx is not None and isinstance(sys.modules.get(_CLI), _DeferredCLI):
        setattr(httpx, "_main", sys.modules[_CLI])  # noqa: B010 - a submodule's attribute
