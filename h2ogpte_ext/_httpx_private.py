"""Every use of httpx's private API, in one place: the next httpx or httpx2 release that moves one of these
breaks here, by name, and `tests/test_httpx_private.py` has one test per symbol.

- `IteratorByteStream`, `AsyncIteratorByteStream` (httpx._content) and their `_stream`: the source of a
  request body given as an iterator or a file, to tell a file that can be read again from a one-shot stream;
- `MultipartStream`, `FileField` (httpx._multipart): the files of a multipart body, for the same reason;
- `get_environment_proxies` (httpx._utils): HTTPS_PROXY, HTTP_PROXY, ALL_PROXY and NO_PROXY as httpx reads
  them, so that one httpx client routes by them without a second one built only for its routing;
- `Client._transport`, `Client._mounts`: the transports of a caller's own httpx client, to see whether it
  sends only through mocks (then it holds no connection bound to an event loop);
- `httpx._main`: httpx's command line, which `import httpx` loads with click, rich and pygments when they
  are installed (0.2 s and more of a script's start, for a program it never runs). Its stand-in is in
  `h2ogpte_ext/_httpx_cli.py`, since it must be in place before httpx is imported, and this module imports
  httpx: `h2ogpte_ext/__init__.py` imports that one first; `httpx.main()` and any other name of the module
  load the real one when first used.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import httpx
from httpx._content import AsyncIteratorByteStream, IteratorByteStream
from httpx._multipart import FileField, MultipartStream
from httpx._utils import get_environment_proxies

from h2ogpte_ext._httpx_cli import bind_stand_in

bind_stand_in(httpx)

__all__ = ["body_files", "body_source", "client_transports", "environment_proxies"]


def body_source(stream: object) -> Any | None:
    """What an iterator or file body (`content=...`) reads from, or None for any other stream."""
    if isinstance(stream, (IteratorByteStream, AsyncIteratorByteStream)):
        return stream._stream
    return None


def body_files(stream: object) -> list[Any] | None:
    """The file objects of a multipart body (not those given as str or bytes), or None for another stream."""
    if not isinstance(stream, MultipartStream):
        return None
    return [f.file for f in stream.fields if isinstance(f, FileField) and not isinstance(f.file, (str, bytes))]


def environment_proxies() -> dict[str, str | None]:
    """{URL pattern: proxy URL, or None for no proxy (NO_PROXY)}, as httpx's clients read the environment."""
    return dict(get_environment_proxies())


def client_transports(client: httpx.Client | httpx.AsyncClient) -> Iterable[object]:
    """The transports a caller's httpx client sends through: its own and those mounted."""
    return [client._transport, *(t for t in client._mounts.values() if t is not None)]
