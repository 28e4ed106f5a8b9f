"""Retries in one place, as httpx transports: the decisions are pure (RetryState); the drivers only wait.
`SafeClient` / `AsyncSafeClient` turn whatever httpx raises into our errors.

Idempotent requests (GET, HEAD, PUT, DELETE, OPTIONS) are retried on connection errors, timeouts and
408, 409, 429 and 5xx except 501; POST only when the client was told it is safe (`retry_post=True`), except
when the connection itself failed, as then the request never reached the server. A request is sent again
only with the same bytes: a body that cannot be replayed (a generator, a pipe) is never retried.
"""

from __future__ import annotations

import logging
import random
import ssl
import sys
import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Iterator
from typing import Any, TypeVar

import httpx
from attrs import define

# httpx's request body classes, to tell a replayable body from a one-shot stream.
from httpx._content import AsyncIteratorByteStream, IteratorByteStream
from httpx._multipart import FileField, MultipartStream

from h2ogpte_ext._config import Verify, tls_verify
from h2ogpte_ext._errors import HTTPX_ERRORS, H2OGPTEError, connection_error, request_error, retry_after, shown_url

_HTTPX = TypeVar("_HTTPX", httpx.Client, httpx.AsyncClient)

log = logging.getLogger("h2ogpte_ext")

IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRY_STATUSES = frozenset({408, 409, 429})
# 5xx statuses that will not change by asking again.
PERMANENT_STATUSES = frozenset({501, 505})
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
# The request never reached the server: safe to send again whatever the method.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures that sending again cannot cure: a request httpx refuses to write, a URL it cannot send to.
NEVER_RETRIED = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)

# A request may carry its own retry budget (e.g. health probes: none) in this extension.
MAX_RETRIES_EXTENSION = "h2ogpte_ext.max_retries"

# Waiting is injected so tests can use a fake clock.
sleep: Callable[[float], None] = time.sleep


async def async_sleep(seconds: float) -> None:
    import asyncio  # only async users need it loaded

    await asyncio.sleep(seconds)


def _seekable(file: Any) -> bool:
    """Whether a file object can go back to where it is now (a pipe or a socket cannot)."""
    try:
        file.seek(file.tell())
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is both OSError and ValueError
        return False
    return True


def rewinder(request: httpx.Request) -> Callable[[], None] | None:
    """How to send the request's body again byte for byte, or None when it cannot be replayed."""
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):
        return lambda: None
    if isinstance(stream, MultipartStream):
        files = [f.file for f in stream.fields if isinstance(f, FileField) and not isinstance(f.file, (str, bytes))]
        # httpx seeks each file to its start whenever it renders the body.
        return (lambda: None) if all(_seekable(f) for f in files) else None
    if isinstance(stream, (IteratorByteStream, AsyncIteratorByteStream)):
        source: Any = stream._stream
        if hasattr(source, "read") and _seekable(source):
            start = source.tell()
            return lambda: source.seek(start)
    return None


@define
class RetryState:
    """The retry decisions for one request: call `after()` with each outcome."""

    request: httpx.Request
    max_retries: int
    retry_post: bool
    attempt: int = 0

    def _may_resend(self) -> bool:
        return self.request.method in IDEMPOTENT or self.retry_post

    def after(self, response: httpx.Response | None = None, error: Exception | None = None) -> float | None:
        """Seconds to wait before sending again, or None when this outcome is final."""
        if self.attempt >= self.max_retries:
            return None
        if error is not None:
            if isinstance(error, NEVER_RETRIED):
                return None
            if not (isinstance(error, NOT_SENT) or (isinstance(error, httpx.TransportError) and self._may_resend())):
                return None
            reason, delay = type(error).__name__, self._backoff()
        else:
            assert response is not None
            status = response.status_code
            retried = status in RETRY_STATUSES or (status >= 500 and status not in PERMANENT_STATUSES)
            if not retried or not self._may_resend():
                return None
            wanted = retry_after(response.headers)
            if wanted is not None and wanted > MAX_RETRY_AFTER:
                return None  # asking sooner than the server said is no answer: the caller gets the wait on the error
            delay = wanted if wanted is not None and wanted >= 0 else self._backoff()
            reason = f"HTTP {status}"
        self.attempt += 1
        log.debug(
            "retrying %s %s in %.2f s after %s (retry %d of %d)",
            self.request.method,
            shown_url(self.request.url),
            delay,
            reason,
            self.attempt,
            self.max_retries,
        )
        return delay

    def _backoff(self) -> float:
        delay = min(INITIAL_DELAY * 2.0**self.attempt, MAX_DELAY)
        return delay * (1 - 0.25 * random.random())  # noqa: S311 - jitter, not cryptography


def _budget(request: httpx.Request, max_retries: int, rewind: Callable[[], None] | None) -> int:
    if rewind is None:
        if request.extensions.get(MAX_RETRIES_EXTENSION, max_retries):
            log.debug("%s %s has a body that cannot be replayed: not retried", request.method, shown_url(request.url))
        return 0
    return int(request.extensions.get(MAX_RETRIES_EXTENSION, max_retries))


class _GuardedStream(httpx.SyncByteStream):
    """A response body whose read failures surface as APIConnectionError / APITimeoutError."""

    def __init__(self, stream: httpx.SyncByteStream, request: httpx.Request) -> None:
        self.stream, self.request = stream, request

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self.stream
        except httpx.TransportError as exc:
            raise connection_error(exc, self.request) from exc

    def close(self) -> None:
        self.stream.close()


class _AsyncGuardedStream(httpx.AsyncByteStream):
    """The async twin of `_GuardedStream`. Its chunks come from an async generator that `aclose()` (httpx's
    `Response.aclose()`) closes, and that closes the inner stream's iterator in turn: one a reader stopped
    early is not left to the garbage collector, whose finalizer closes it on the event loop later, if one is
    still running (Python 3.13 warns "coroutine method 'aclose' ... was never awaited" when none is)."""

    def __init__(self, stream: httpx.AsyncByteStream, request: httpx.Request) -> None:
        self.stream, self.request = stream, request
        self._chunks: AsyncGenerator[bytes, None] | None = None

    def __aiter__(self) -> AsyncIterator[bytes]:
        self._chunks = self._guarded()
        return self._chunks

    async def _guarded(self) -> AsyncGenerator[bytes, None]:
        chunks = self.stream.__aiter__()
        try:
            async for chunk in chunks:
                yield chunk
        except httpx.TransportError as exc:
            raise connection_error(exc, self.request) from exc
        finally:
            close = getattr(chunks, "aclose", None)  # httpx's own streams iterate with an async generator
            if close is not None:
                await close()

    async def aclose(self) -> None:
        try:
            if self._chunks is not None:
                await self._chunks.aclose()
        finally:
            await self.stream.aclose()


class RetryTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, *, max_retries: int, retry_post: bool, owns_inner: bool) -> None:
        self.inner, self.max_retries, self.retry_post, self.owns_inner = (
            inner,
            max_retries,
            retry_post,
            owns_inner,
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        rewind = rewinder(request)
        state = RetryState(request, _budget(request, self.max_retries, rewind), self.retry_post)
        while True:
            try:
                response = self.inner.handle_request(request)
            except httpx.TransportError as exc:
                if (delay := state.after(error=exc)) is None:
                    raise connection_error(exc, request) from exc
            else:
                if (delay := state.after(response=response)) is None:
                    assert isinstance(response.stream, httpx.SyncByteStream)
                    response.stream = _GuardedStream(response.stream, request)
                    return response
                response.close()
            sleep(delay)
            assert rewind is not None  # the budget is 0 without it
            rewind()

    def close(self) -> None:
        if self.owns_inner:
            self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    def __init__(
        self, inner: httpx.AsyncBaseTransport, *, max_retries: int, retry_post: bool, owns_inner: bool
    ) -> None:
        self.inner, self.max_retries, self.retry_post, self.owns_inner = (
            inner,
            max_retries,
            retry_post,
            owns_inner,
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        rewind = rewinder(request)
        state = RetryState(request, _budget(request, self.max_retries, rewind), self.retry_post)
        while True:
            try:
                response = await self.inner.handle_async_request(request)
            except httpx.TransportError as exc:
                if (delay := state.after(error=exc)) is None:
                    raise connection_error(exc, request) from exc
            else:
                if (delay := state.after(response=response)) is None:
                    assert isinstance(response.stream, httpx.AsyncByteStream)
                    response.stream = _AsyncGuardedStream(response.stream, request)
                    return response
                await response.aclose()
            await async_sleep(delay)
            assert rewind is not None
            rewind()

    async def aclose(self) -> None:
        if self.owns_inner:
            await self.inner.aclose()


class ClientTransport(httpx.BaseTransport):
    """Sends through a caller's own httpx.Client, so its proxies, TLS and limits apply."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.client.send(request, stream=True)


class AsyncClientTransport(httpx.AsyncBaseTransport):
    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.client.send(request, stream=True)


_HTTP_LIBRARIES = ("httpx", "httpx2")


def _home(cls: type) -> str | None:
    """httpx or httpx2 when `cls` is one of that library's public classes, else None. By identity, not by
    `__module__`: openai rewrites that of httpx's BaseTransport (its `Transport`) to "openai"."""
    for name in _HTTP_LIBRARIES:
        library = sys.modules.get(name)
        if library is not None and getattr(library, cls.__name__, None) is cls:
            return library.__name__  # httpx2 for `httpx` under httpx2.alias_httpx()
    return None


def _library(cls: type) -> str | None:
    """httpx or httpx2: the library a class is built on (itself or a base class), None for neither."""
    return next((home for klass in cls.__mro__ if (home := _home(klass)) is not None), None)


def _named(cls: type) -> str:
    """`an httpx.Client`, `an httpx2.HTTPTransport`, `a myapp.Transport`: a class as a reader would import it."""
    module = _home(cls) or cls.__module__
    name = cls.__qualname__ if module == "builtins" else f"{module}.{cls.__qualname__}"
    return f"{'an' if name[0] in 'aeiouAEIOU' or name.startswith('http') else 'a'} {name}"


def check_http_object(what: str, value: object, expected: type) -> None:
    """Refuse at construction an `http_client=` or `transport=` that is no instance of `expected` (httpx.Client,
    httpx.AsyncClient, httpx.BaseTransport or httpx.AsyncBaseTransport, as this client is sync or async): one
    of another library (httpx2's, unless httpx2.alias_httpx() made httpx httpx2), of the other kind (sync for
    async, async for sync), or none at all. Taken as it is, it would fail only at the first call, with a
    message about something else ("async request with a sync Client", a bare AssertionError)."""
    if isinstance(value, expected):
        return
    ours, wanted, given = httpx.__name__, _named(expected), _named(type(value))
    if expected is httpx.BaseTransport:
        wanted += f" (such as {ours}.HTTPTransport)"
    elif expected is httpx.AsyncBaseTransport:
        wanted += f" (such as {ours}.AsyncHTTPTransport or httpx_aiohttp.AiohttpTransport)"
    library = _library(type(value))
    if library is not None and library != ours:
        hint = (
            ", or run on httpx2 with httpx2.alias_httpx() before importing h2ogpte_ext" if library == "httpx2" else ""
        )
        raise H2OGPTEError(
            f"{what} is {given}, but this client is built on {ours} ({ours}.{expected.__qualname__}); "
            f"pass {wanted}{hint}"
        )
    clients, transports = (httpx.Client, httpx.AsyncClient), (httpx.BaseTransport, httpx.AsyncBaseTransport)
    sync = expected in (httpx.Client, httpx.BaseTransport)
    other = (clients if expected in clients else transports)[1 if sync else 0]
    if isinstance(value, other):
        this, that = ("H2OGPTE", "AsyncH2OGPTE") if sync else ("AsyncH2OGPTE", "H2OGPTE")
        raise H2OGPTEError(
            f"{what} is {given}, {'async' if sync else 'sync'}, but {this} is {'sync' if sync else 'async'}: "
            f"pass {wanted}, or use {that} with {given}"
        )
    # A client given as the transport, or a transport as the client: each has its own keyword.
    swapped = isinstance(value, transports if expected in clients else clients)
    elsewhere = f" ({given} goes in {'transport' if expected in clients else 'http_client'}=)" if swapped else ""
    raise H2OGPTEError(f"{what} must be {wanted}, not {given}{elsewhere}")


def _connection_pools(cls: type[_HTTPX], verify: Verify, trust_env: bool) -> _HTTPX:
    try:
        return cls(verify=tls_verify(verify), trust_env=trust_env)
    except (OSError, ssl.SSLError, ValueError) as exc:
        source = "verify=" if verify is not True else "the default bundle, SSL_CERT_FILE or SSL_CERT_DIR"
        raise H2OGPTEError(f"cannot load the TLS certificates ({source}): {exc}") from exc


class EnvironmentTransport(httpx.BaseTransport):
    """The transport httpx itself picks for each URL: with `trust_env`, a proxy from HTTPS_PROXY, HTTP_PROXY or
    ALL_PROXY unless NO_PROXY matches, and the CA bundle from SSL_CERT_FILE / SSL_CERT_DIR."""

    def __init__(self, *, verify: Verify, trust_env: bool) -> None:
        # Only the client's per-URL transports are used: its own send() would cost a third of a call's CPU.
        self._pools = _connection_pools(httpx.Client, verify, trust_env)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._pools._transport_for_url(request.url).handle_request(request)

    def close(self) -> None:
        self._pools.close()


class AsyncEnvironmentTransport(httpx.AsyncBaseTransport):
    """The async twin of `EnvironmentTransport`."""

    def __init__(self, *, verify: Verify, trust_env: bool) -> None:
        self._pools = _connection_pools(httpx.AsyncClient, verify, trust_env)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._pools._transport_for_url(request.url).handle_async_request(request)

    async def aclose(self) -> None:
        await self._pools.aclose()


def _cause(exc: Exception) -> Exception | None:
    # An unencodable header value may be the API key: keep it out of the chained traceback.
    return None if isinstance(exc, UnicodeEncodeError) else exc


class SafeClient(httpx.Client):
    """An httpx.Client whose every failure, from building a request to reading its body, is an H2OGPTEError."""

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        try:
            return super().build_request(*args, **kwargs)
        except HTTPX_ERRORS as exc:
            raise request_error(exc) from _cause(exc)

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        try:
            return super().send(request, **kwargs)
        except HTTPX_ERRORS as exc:
            raise request_error(exc, request) from _cause(exc)


class AsyncSafeClient(httpx.AsyncClient):
    """The async twin of `SafeClient`."""

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        try:
            return super().build_request(*args, **kwargs)
        except HTTPX_ERRORS as exc:
            raise request_error(exc) from _cause(exc)

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        try:
            return await super().send(request, **kwargs)
        except HTTPX_ERRORS as exc:
            raise request_error(exc, request) from _cause(exc)
