"""Retries in one place, as httpx transports: the decisions are pure (RetryState); the drivers only wait.
`SafeClient` / `AsyncSafeClient` turn whatever httpx raises into our errors.

Idempotent requests (GET, HEAD, PUT, DELETE, OPTIONS) are retried on connection errors, timeouts and
408, 409, 429 and 5xx except 501 and 505; POST only when the client was told it is safe (`retry_post=True`), except
when the connection itself surely failed, as then the request never reached the server (`never_sent`: by
the cause, not the class name, which a foreign transport may misuse). A request is sent again
only with the same bytes: a body that cannot be replayed (a generator, a pipe) is never retried. A connection
dropped partway through a success's body counts as a connection error when the client reads that body whole
(every call but the streamed ones, `BUFFERED_EXTENSION`); a body streamed to the caller is not retried.
"""

from __future__ import annotations

import logging
import random
import ssl
import sys
import time
import weakref
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Iterator
from contextlib import suppress
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

import httpx
from attrs import define

# httpx's request body classes, to tell a replayable body from a one-shot stream.
from httpx._content import AsyncIteratorByteStream, IteratorByteStream
from httpx._multipart import FileField, MultipartStream

from h2ogpte_ext._config import Verify, tls_verify
from h2ogpte_ext._errors import (
    HTTPX_ERRORS,
    H2OGPTEError,
    connection_error,
    never_sent,
    request_error,
    retry_after,
    shown_url,
)
from h2ogpte_ext._errors import (
    NOT_SENT as NOT_SENT,  # the CLI reads it here
)

if TYPE_CHECKING:
    import asyncio

_HTTPX = TypeVar("_HTTPX", httpx.Client, httpx.AsyncClient)

log = logging.getLogger("h2ogpte_ext")

IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRY_STATUSES = frozenset({408, 409, 429})
# 5xx statuses that will not change by asking again.
PERMANENT_STATUSES = frozenset({501, 505})
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
# Failures that sending again cannot cure: a request httpx refuses to write, a URL it cannot send to.
NEVER_RETRIED = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)

# A request may carry its own retry budget (e.g. health probes: none) in this extension.
MAX_RETRIES_EXTENSION = "h2ogpte_ext.max_retries"

# Set by SafeClient.send on a request whose response body is read whole (not streamed to the caller): the
# retry transport reads a success's body itself, so a connection dropped partway through it is retried as one
# dropped before the answer (same budget, same rules). A streamed body, read by the caller, cannot be.
BUFFERED_EXTENSION = "h2ogpte_ext.buffered"

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
            if not (never_sent(error) or (isinstance(error, httpx.TransportError) and self._may_resend())):
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


def transport_error(exc: Exception) -> httpx.TransportError | None:
    """`exc` as an httpx transport error, if it is one or a foreign transport's own that escaped its mapping
    (httpx-aiohttp lets aiohttp's ClientResponseError, a malformed answer, through): else None. The foreign
    exception is kept as the cause, which `never_sent` and `connection_error` read."""
    if isinstance(exc, httpx.TransportError):
        return exc
    aiohttp = sys.modules.get("aiohttp")
    if aiohttp is not None and isinstance(exc, aiohttp.ClientError):
        error = httpx.RemoteProtocolError(str(exc) or type(exc).__name__)
        error.__cause__ = exc
        return error
    return None


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
        except Exception as raw:
            if (exc := transport_error(raw)) is None:
                raise
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


def _buffered(request: httpx.Request, response: httpx.Response) -> bool:
    """Whether the transport reads the body: a success (an error's body is read capped, by the response hook)
    of a request whose body the client reads whole anyway."""
    return bool(request.extensions.get(BUFFERED_EXTENSION)) and response.status_code < 300


def _buffering(request: httpx.Request, kwargs: dict[str, Any]) -> None:
    if not kwargs.get("stream", False):  # a new dict: the request's may be shared (a module's constant)
        request.extensions = {**request.extensions, BUFFERED_EXTENSION: True}


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
                    try:
                        if _buffered(request, response):
                            response.read()
                    except httpx.TransportError as exc:  # the connection dropped partway through the body
                        response.close()
                        if (delay := state.after(error=exc)) is None:
                            raise connection_error(exc, request) from exc
                    else:
                        assert isinstance(response.stream, httpx.SyncByteStream)
                        response.stream = _GuardedStream(response.stream, request)
                        return response
                else:
                    response.close()
            sleep(delay)
            assert rewind is not None  # the budget is 0 without it
            rewind()

    def close(self) -> None:
        if self.owns_inner:
            self.inner.close()


# The event loop each async connection pool (the inner transport, shared by `with_options` copies) first
# sent in: its connections, and aiohttp's session, belong to that loop and fail in any other.
_LOOPS: weakref.WeakKeyDictionary[Any, weakref.ref[asyncio.AbstractEventLoop]] = weakref.WeakKeyDictionary()


def _loop_bound(inner: httpx.AsyncBaseTransport) -> bool:
    """Whether `inner` holds connections of one event loop that we cannot rebuild: not ours (with pools per
    loop), nor a MockTransport (no connections), nor a caller's httpx client sending through mocks only."""
    if isinstance(inner, (AsyncEnvironmentTransport, httpx.MockTransport)):
        return False
    if isinstance(inner, AsyncClientTransport):
        client = inner.client
        transports = [client._transport, *(t for t in client._mounts.values() if t is not None)]
        return not all(isinstance(t, httpx.MockTransport) for t in transports)
    return True


def _check_loop(pool: Any) -> None:
    """Bind `pool` (a caller's transport or httpx client: not ours to rebuild) to the running event loop at
    its first request; refuse a request from any other loop."""
    loop = _running_loop()
    if loop is None:
        return
    try:
        bound = _LOOPS.setdefault(pool, weakref.ref(loop))
    except TypeError:  # not weakly referenceable: not checked
        return
    if bound() is not loop:
        raise H2OGPTEError(
            "this AsyncH2OGPTE was used in another event loop (an earlier asyncio.run(), another thread's loop), "
            "and its connections belong to that loop; create the client inside the loop that uses it, or use "
            "`async with AsyncH2OGPTE(...) as client:` there"
        )


class _WatchedBody(httpx.AsyncByteStream):
    """A request body handed to a foreign transport in slices, noting when each is taken: a transport pulls
    the next slice only once the last is written, so a long gap means the upload is stuck."""

    SLICE = 64 * 1024

    def __init__(self, stream: Any, clock: Callable[[], float]) -> None:
        self.stream, self.clock = stream, clock
        self.pulled: float | None = None  # when the last slice was taken; None before the first (connecting)
        self.finished = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunks = self.stream.__aiter__() if hasattr(self.stream, "__aiter__") else _as_async(self.stream)
        async for chunk in chunks:
            for start in range(0, len(chunk), self.SLICE):
                self.pulled = self.clock()
                yield chunk[start : start + self.SLICE]
        self.finished = True


async def _as_async(chunks: Any) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


async def _send_bounded(inner: httpx.AsyncBaseTransport, request: httpx.Request) -> httpx.Response:
    """Send through a transport that has no write timeout of its own (httpx-aiohttp: a body to a server that
    stopped reading would wait for ever): the upload fails with httpx.WriteTimeout when no part of it was
    written within the request's write timeout."""
    import asyncio

    write = (request.extensions.get("timeout") or {}).get("write")
    if write is None or ("content-length" not in request.headers and "transfer-encoding" not in request.headers):
        return await inner.handle_async_request(request)
    loop = asyncio.get_running_loop()
    body = _WatchedBody(request.stream, loop.time)
    watched = httpx.Request(request.method, request.url, headers=request.headers, stream=body)
    watched.extensions = request.extensions
    sending = asyncio.ensure_future(inner.handle_async_request(watched))
    try:
        while True:
            await asyncio.wait({sending}, timeout=write / 4)
            if sending.done():
                return sending.result()
            if body.pulled is not None and not body.finished and loop.time() - body.pulled > write:
                sending.cancel()
                with suppress(BaseException):
                    await sending
                raise httpx.WriteTimeout(f"no part of the request body could be written within {write:g} s")
    finally:
        if not sending.done():
            sending.cancel()


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
        # httpx's own transports bound each write; another's upload is bounded here (`_send_bounded`).
        native = isinstance(inner, (AsyncEnvironmentTransport, AsyncClientTransport)) or _home(type(inner))
        self._send = inner.handle_async_request if native else partial(_send_bounded, inner)
        self._loop_bound = _loop_bound(inner)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._loop_bound:
            _check_loop(self.inner)
        rewind = rewinder(request)
        state = RetryState(request, _budget(request, self.max_retries, rewind), self.retry_post)
        while True:
            try:
                response = await self._send(request)
            except Exception as raw:
                if (exc := transport_error(raw)) is None:
                    raise
                if (delay := state.after(error=exc)) is None:
                    raise connection_error(exc, request) from exc
            else:
                if (delay := state.after(response=response)) is None:
                    try:
                        if _buffered(request, response):
                            await response.aread()
                    except Exception as raw:
                        if (exc := transport_error(raw)) is None:
                            raise
                        with suppress(Exception):
                            await response.aclose()
                        if (delay := state.after(error=exc)) is None:
                            raise connection_error(exc, request) from exc
                    else:
                        assert isinstance(response.stream, httpx.AsyncByteStream)
                        response.stream = _AsyncGuardedStream(response.stream, request)
                        return response
                else:
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
    """The async twin of `EnvironmentTransport`, with connection pools per event loop: a connection belongs to
    the loop that opened it, and a client used again under a new loop (a second `asyncio.run()`, a notebook)
    would reuse one of a closed loop. `_pools` serves the first loop that sends; any other gets its own."""

    def __init__(self, *, verify: Verify, trust_env: bool) -> None:
        self._verify, self._trust_env = verify, trust_env
        self._pools = _connection_pools(httpx.AsyncClient, verify, trust_env)
        self._home: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._elsewhere: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncClient] = (
            weakref.WeakKeyDictionary()
        )

    def _pools_here(self, loop: asyncio.AbstractEventLoop | None) -> httpx.AsyncClient:
        if loop is None:  # not asyncio (trio)
            return self._pools
        if self._home is None:
            self._home = weakref.ref(loop)
        if self._home() is loop:
            return self._pools
        pools = self._elsewhere.get(loop)
        if pools is None:
            pools = self._elsewhere[loop] = _connection_pools(httpx.AsyncClient, self._verify, self._trust_env)
        return pools

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        pools = self._pools_here(_running_loop())
        return await pools._transport_for_url(request.url).handle_async_request(request)

    async def aclose(self) -> None:
        """Close the pools of this loop (those of another are dropped: their loop may be closed)."""
        loop = _running_loop()
        if self._home is None or loop is None or self._home() is loop:
            await self._pools.aclose()
        here = self._elsewhere.pop(loop, None) if loop is not None else None
        if here is not None:
            await here.aclose()


def _running_loop() -> asyncio.AbstractEventLoop | None:
    import asyncio  # only async users need it loaded

    try:
        return asyncio.get_running_loop()
    except RuntimeError:  # another async library (trio): it has no such loop
        return None


def _cause(exc: Exception) -> Exception | None:
    # An unencodable header value may be the API key: keep it out of the chained traceback.
    return None if isinstance(exc, UnicodeEncodeError) else exc


CLOSED = "the client is closed (close() was called, or its `with` block ended): create a new one"


class SafeClient(httpx.Client):
    """An httpx.Client whose every failure, from building a request to reading its body, is an H2OGPTEError."""

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        try:
            return super().build_request(*args, **kwargs)
        except HTTPX_ERRORS as exc:
            raise request_error(exc) from _cause(exc)

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        if self.is_closed:
            raise H2OGPTEError(CLOSED)
        _buffering(request, kwargs)
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
        if self.is_closed:
            raise H2OGPTEError(CLOSED)
        _buffering(request, kwargs)
        try:
            return await super().send(request, **kwargs)
        except HTTPX_ERRORS as exc:
            raise request_error(exc, request) from _cause(exc)
