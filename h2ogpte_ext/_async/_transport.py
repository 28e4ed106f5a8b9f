"""How requests travel, written once as async code (the sync twin is generated): one httpx client per h2oGPTe
client, whose transports retry (`AsyncRetryTransport`, deciding by `h2ogpte_ext._retry`) over connection pools
of their own (`AsyncPool`, one per proxy of the environment), a response hook that turns 4xx/5xx into our
errors, `auth=` sending a request once more with a new token after a 401 (`AsyncRefreshingAuth`), and the
`AsyncRequester` the generated resources send through.

    AsyncRequester.send -> AsyncSafeClient.send (httpx: auth, redirects, hooks) -> AsyncRetryTransport
        -> AsyncPool -> `new_pool` of `_io` (aiohttp's or httpx's pool; the sync twin: our own `Http11Pool`, or
           httpx's through a proxy), or a caller's transport or httpx client
"""

from __future__ import annotations

import logging
import ssl
import weakref
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from contextlib import suppress
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

import httpx
from attrs import define, field
from h2ogpte_api.types import Response, Unset

from h2ogpte_ext._async._io import (
    Result,
    check_loop,
    close_with_loop,
    new_pool,
    require_asyncio,
    running_loop,
    send_bounded,
    sleep,
)
from h2ogpte_ext._config import BearerToken, ClientOptions, Verify, tls_verify
from h2ogpte_ext._errors import H2OGPTEError
from h2ogpte_ext._httpx_private import client_transports, environment_proxies, lean_cookies
from h2ogpte_ext._requester import PageCursor, call_options, parsed, raw
from h2ogpte_ext._retry import RetryPolicy, RetryState, rewinder
from h2ogpte_ext._transport import (
    CLOSED,
    ERROR_BODY_LIMIT,
    HTTPX_ERRORS,
    SendOptions,
    connection_error,
    keep_key_home,
    library_of_class,
    request_error,
    send_options,
    shown_url,
    status_error,
    transport_error,
    unfollowed_redirect,
    unsent_cause,
    with_send_options,
)
from h2ogpte_ext._version import __version__

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")

log = logging.getLogger("h2ogpte_ext")


class AsyncGuardedStream(httpx.AsyncByteStream):
    """A response body whose read failures surface as APIConnectionError / APITimeoutError. Its chunks come from
    a generator that `aclose()` (httpx's `Response.aclose()`) closes, and that closes the inner stream's
    iterator in turn: one a reader stopped early is not left to the garbage collector."""

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
        except Exception as raw_error:
            if (exc := transport_error(raw_error)) is None:
                raise
            raise connection_error(exc, self.request) from exc
        finally:
            close = getattr(chunks, "aclose", None)  # httpx's own streams iterate with a generator
            if close is not None:
                await close()

    async def aclose(self) -> None:
        try:
            if self._chunks is not None:
                await self._chunks.aclose()
        finally:
            await self.stream.aclose()


def _budget(request: httpx.Request, options: SendOptions, default: int, rewind: Callable[[], None] | None) -> int:
    budget = default if options.max_retries is None else options.max_retries
    if rewind is None:
        if budget:
            log.debug("%s %s has a body that cannot be replayed: not retried", request.method, shown_url(request.url))
        return 0
    return budget


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Sends through `inner` and, as `policy` decides, again: the one place requests are retried, whatever
    sent them (the resources, `client.api`, streams, downloads). Closing it leaves `inner` open: the client
    that made the pools closes them (`AsyncConnections`)."""

    def __init__(self, inner: httpx.AsyncBaseTransport, *, policy: RetryPolicy) -> None:
        self.inner, self.policy = inner, policy
        # httpx's own transports bound each write; another's upload is bounded by `send_bounded`.
        self._native = _bounds_writes(inner)
        self._loop_bound = _loop_bound(inner)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        require_asyncio()  # ``AsyncH2OGPTE`` under trio: refused before anything is sent
        if self._loop_bound:
            check_loop(self.inner)
        options = send_options(request)
        rewind = rewinder(request)
        state = RetryState(self.policy, request.method, _budget(request, options, self.policy.max_retries, rewind))
        while True:
            try:
                sent = self.inner.handle_async_request(request) if self._native else send_bounded(self.inner, request)
                response = await sent
            except Exception as raw_error:
                if (exc := transport_error(raw_error)) is None:
                    raise
                if (delay := state.after(error=exc)) is None:
                    raise connection_error(exc, request) from unsent_cause(exc)
            else:
                if (delay := state.after(response=response)) is None:
                    try:
                        if options.buffered and response.status_code < 300:
                            await response.aread()  # a body cut off midway is retried as a dropped connection
                    except Exception as raw_error:
                        if (exc := transport_error(raw_error)) is None:
                            raise
                        with suppress(Exception):
                            await response.aclose()
                        if (delay := state.after(error=exc)) is None:
                            raise connection_error(exc, request) from exc
                    else:
                        assert isinstance(response.stream, httpx.AsyncByteStream)
                        response.stream = AsyncGuardedStream(response.stream, request)
                        return response
                else:
                    await response.aclose()
            log.debug(
                "retrying %s %s in %.2f s after %s (retry %d of %d)",
                request.method,
                shown_url(request.url),
                delay,
                state.reason,
                state.attempt,
                state.budget,
            )
            await sleep(delay)
            assert rewind is not None  # the budget is 0 without it
            rewind()


def _bounds_writes(inner: httpx.AsyncBaseTransport) -> bool:
    """Whether `inner` fails an upload stuck for longer than the write timeout by itself (httpx's transports,
    and a caller's httpx client: it sends through them), or needs `send_bounded` to (aiohttp's)."""
    if isinstance(inner, AsyncPool):
        inner = inner.pool
    return isinstance(inner, AsyncClientTransport) or library_of_class(type(inner)) is not None


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """Sends through a caller's own httpx client, so its proxies, TLS and limits apply."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.client.send(request, stream=True)


def _loop_bound(inner: httpx.AsyncBaseTransport) -> bool:
    """Whether `inner` holds connections of one event loop that we cannot rebuild: not ours (with pools per
    loop), nor a MockTransport (no connections), nor a caller's httpx client sending through mocks only."""
    if isinstance(inner, (AsyncPool, httpx.MockTransport)):
        return False
    if isinstance(inner, AsyncClientTransport):
        return not all(isinstance(t, httpx.MockTransport) for t in client_transports(inner.client))
    return True


class AsyncPool(httpx.AsyncBaseTransport):
    """httpx's own transport (a connection pool), one per event loop: a connection belongs to the loop that
    opened it, and a client used again under a new loop (a second `asyncio.run()`, a notebook) would reuse one
    of a closed loop. The first loop that sends uses the pool made with the client; any other gets its own."""

    def __init__(self, make: Callable[[], httpx.AsyncBaseTransport]) -> None:
        self._make = make
        self._pool = make()
        self._home: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._elsewhere: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncBaseTransport] = (
            weakref.WeakKeyDictionary()
        )
        self._watched: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, object] = weakref.WeakKeyDictionary()

    @property
    def pool(self) -> httpx.AsyncBaseTransport:
        """The pool made with the client (the others are made alike)."""
        return self._pool

    def _here(self, loop: asyncio.AbstractEventLoop | None) -> httpx.AsyncBaseTransport:
        """The pool of `loop`, the running event loop (None: sync code, or not asyncio)."""
        if loop is None:  # sync, or not asyncio (trio)
            return self._pool
        if self._home is None:
            self._home = weakref.ref(loop)
        if self._home() is loop:
            return self._pool
        pool = self._elsewhere.get(loop)
        if pool is None:
            pool = self._elsewhere[loop] = self._make()
        return pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        loop = running_loop()
        pool = self._here(loop)
        if loop is not None and loop not in self._watched:  # the pool of this loop closes when the loop ends
            self._watched[loop] = await close_with_loop(pool)
        return await pool.handle_async_request(request)

    async def aclose(self) -> None:
        """Close the pool of this loop (those of another are dropped: their loop may be closed)."""
        loop = running_loop()
        if self._home is None or loop is None or self._home() is loop:
            await self._pool.aclose()
        here = self._elsewhere.pop(loop, None) if loop is not None else None
        if here is not None:
            await here.aclose()


@define
class AsyncConnections:
    """Where one client's requests go: `default`, or by URL pattern (`proxied`) a proxy's pool, None meaning
    `default` (NO_PROXY). Shared by the `with_options` copies of a client; `owned` ones are closed with it."""

    default: httpx.AsyncBaseTransport
    proxied: dict[str, httpx.AsyncBaseTransport | None] = field(factory=dict)
    owned: bool = True

    @classmethod
    def of_environment(cls, *, verify: Verify, trust_env: bool) -> AsyncConnections:
        """httpx's own pools, as its clients pick them: with `trust_env`, a proxy from HTTPS_PROXY, HTTP_PROXY or
        ALL_PROXY unless NO_PROXY matches, and the CA bundle from SSL_CERT_FILE / SSL_CERT_DIR."""
        tls = _tls_context(verify, trust_env)
        proxies = environment_proxies() if trust_env else {}
        proxied: dict[str, httpx.AsyncBaseTransport | None] = {}
        for pattern, proxy in proxies.items():
            proxied[pattern] = None if proxy is None else AsyncPool(partial(_pool, tls, proxy))
        return cls(AsyncPool(partial(_pool, tls, None)), proxied)

    async def aclose(self) -> None:
        if self.owned:
            for transport in (self.default, *self.proxied.values()):
                if transport is not None:
                    await transport.aclose()


def _tls_context(verify: Verify, trust_env: bool) -> ssl.SSLContext:
    try:
        return httpx.create_ssl_context(verify=tls_verify(verify), trust_env=trust_env)
    except (OSError, ssl.SSLError, ValueError) as exc:
        source = "verify=" if verify is not True else "the default bundle, SSL_CERT_FILE or SSL_CERT_DIR"
        raise H2OGPTEError(f"cannot load the TLS certificates ({source}): {exc}") from exc


def _pool(tls: ssl.SSLContext, proxy: str | None) -> httpx.AsyncBaseTransport:
    try:
        return new_pool(tls, proxy)
    except (httpx.InvalidURL, ValueError) as exc:
        raise H2OGPTEError(f"cannot use the proxy {shown_url(proxy or '')} from the environment: {exc}") from exc


class AsyncSafeClient(httpx.AsyncClient):
    """An httpx client whose every failure, from building a request to reading its body, is an H2OGPTEError."""

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        try:
            return super().build_request(*args, **kwargs)
        except HTTPX_ERRORS as exc:
            raise request_error(exc) from unsent_cause(exc)

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        if self.is_closed:
            raise H2OGPTEError(CLOSED)
        if not kwargs.get("stream", False):
            request.extensions = with_send_options(request.extensions, buffered=True)
        try:
            return await super().send(request, **kwargs)
        except HTTPX_ERRORS as exc:
            raise request_error(exc, request) from unsent_cause(exc)


async def read_error_body(response: httpx.Response) -> bytes:
    """At most ERROR_BODY_LIMIT bytes of an error response's body; the response is closed after."""
    try:
        return response.content[:ERROR_BODY_LIMIT]  # already read in full
    except httpx.ResponseNotRead:
        pass
    kept = bytearray()
    try:
        async for chunk in response.aiter_bytes():
            kept += chunk
            if len(kept) >= ERROR_BODY_LIMIT:
                break
    except (httpx.HTTPError, H2OGPTEError):
        pass  # the status is the answer; a body cut short or undecodable only shortens the message
    finally:
        await response.aclose()
    return bytes(kept[:ERROR_BODY_LIMIT])


async def raise_for_status(response: httpx.Response) -> None:
    """The response hook: every 4xx/5xx raises our error, with the server's message (a capped body), and so
    does a redirect that is not to be followed (`unfollowed_redirect`), before httpx follows it."""
    if response.status_code >= 400 and not send_options(response.request).raw:
        raise status_error(response, await read_error_body(response))
    refused = unfollowed_redirect(response)
    if refused is not None:
        raise refused


async def raise_for_status_but_401(response: httpx.Response) -> None:
    """`raise_for_status` for a client with `auth=`: a 401 goes on to `AsyncRefreshingAuth`, which sends the
    request again with a new token or raises it."""
    if response.status_code != 401:
        await raise_for_status(response)


async def _auth_step(
    flow: AsyncGenerator[httpx.Request, httpx.Response], response: httpx.Response | None
) -> httpx.Request:
    """The next request of a caller's auth flow; what it raises, other than our errors and httpx's, is an
    `H2OGPTEError` (StopAsyncIteration, the flow's end, goes through)."""
    try:
        return await (flow.__anext__() if response is None else flow.asend(response))
    except (StopAsyncIteration, H2OGPTEError, httpx.HTTPError):
        raise
    except Exception as exc:
        raise H2OGPTEError(f"auth= failed: {type(exc).__name__}: {exc}") from exc


def _again() -> None:
    return None


class AsyncRefreshingAuth(httpx.Auth):
    """`auth=` as the client sends with it (`inner`: the caller's `httpx.Auth`, or a `BearerToken` around their
    token provider). A request the server answers 401 is sent once more, with a new token (`BearerToken.stale`:
    the provider is asked again) or the caller's auth flow run again, if its body can be sent again byte for
    byte (`rewinder`); never a second time. With `raises`, the 401 that remains is raised as an
    `AuthenticationError` that says what was done (the response hook leaves 401s to this), unless the request
    takes error statuses as answers (health probes). With `read_body` (the OpenAI door's clients), the body is
    read into memory first, so it can always be sent again."""

    def __init__(self, inner: httpx.Auth, *, raises: bool = True, read_body: bool = False) -> None:
        self.inner, self.raises, self.read_body = inner, raises, read_body

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.inner!r})"

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self.read_body:
            await request.aread()
        rewind = _again if self.read_body else rewinder(request)
        attempt = 0
        while True:
            attempt += 1
            flow = self.inner.async_auth_flow(request)
            try:
                sent = await _auth_step(flow, None)
                while True:
                    response = yield sent
                    try:
                        sent = await _auth_step(flow, response)
                    except StopAsyncIteration:
                        break
            finally:
                await flow.aclose()
            if response.status_code != 401:
                return
            if isinstance(self.inner, BearerToken):
                self.inner.stale(request)  # the next request, this one's resend or another, asks for a new one
            if attempt == 2:
                again = "a new token" if isinstance(self.inner, BearerToken) else "its auth flow run again"
                note = f"refused again after {again}"
                break
            if rewind is None:
                note = "not sent again with a new token: its body (a stream) cannot be sent twice"
                break
            log.debug("%s %s: HTTP 401, sent again with new credentials", request.method, shown_url(str(request.url)))
            rewind()
        if self.raises and not send_options(request).raw:
            raise status_error(response, await read_error_body(response), note)


def _foreign_client(connections: AsyncConnections) -> httpx.AsyncClient | None:
    default = connections.default
    return default.client if isinstance(default, AsyncClientTransport) else None


def _headers(connections: AsyncConnections, options: ClientOptions, defaults: httpx.Headers) -> httpx.Headers:
    """Every request's headers: those a caller's own http_client was given (httpx's defaults aside), under our
    User-Agent, under `default_headers`, under the API key's Authorization (a caller's is never sent)."""
    foreign = _foreign_client(connections)
    headers = httpx.Headers(defaults)
    if foreign is not None:
        headers.update({name: value for name, value in foreign.headers.items() if defaults.get(name) != value})
    headers["User-Agent"] = f"h2ogpte-ext/{__version__}"
    headers.update(options.default_headers)
    headers.pop("Authorization", None)
    if options.api_key is not None:
        headers["Authorization"] = f"Bearer {options.api_key}"
    return headers


def build_http_client(connections: AsyncConnections, options: ClientOptions) -> AsyncSafeClient:
    """The one httpx client of an h2oGPTe client: retries over each of `connections`, the credentials only to
    the client's own origin (`keep_key_home`, for each request and each redirect followed), our errors from
    its response hook, `auth=` through `AsyncRefreshingAuth`. A caller's own http_client's headers, query
    parameters and cookies (those it holds when the client is made) are sent too (ours win where both set one)."""
    policy, home = options.retry, httpx.URL(options.address)

    async def key_stays_home(request: httpx.Request) -> None:
        keep_key_home(request, home)

    mounts = {p: None if t is None else AsyncRetryTransport(t, policy=policy) for p, t in connections.proxied.items()}
    foreign = _foreign_client(connections)
    http = AsyncSafeClient(
        base_url=options.api_url,
        params=foreign.params if foreign is not None else None,
        cookies=foreign.cookies if foreign is not None else None,  # those it holds now: a copy
        auth=AsyncRefreshingAuth(options.auth) if options.auth is not None else None,
        timeout=options.timeout,
        follow_redirects=True,  # httpx drops Authorization when a redirect leaves the origin; so do we
        transport=AsyncRetryTransport(connections.default, policy=policy),
        mounts=mounts,
        event_hooks={
            "request": [key_stays_home],
            "response": [raise_for_status if options.auth is None else raise_for_status_but_401],
        },
    )
    http.headers = _headers(connections, options, http.headers)
    lean_cookies(http)
    return http


class AsyncRequester:
    """Implements `h2ogpte_api.api.AsyncRequester` on the client's httpx client."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http
        self._base = str(http.base_url)  # ends with "/"

    def _build(
        self, request: dict[str, Any], timeout: float | httpx.Timeout | Unset, max_retries: int | Unset
    ) -> httpx.Request:
        """The httpx request of one call. An operation's path ("/collections/c1") is joined to the base URL
        here, as text, so that httpx parses the URL once, not twice (its own join parses the path, then the
        whole URL again: a tenth of a small call's CPU time)."""
        url = request["url"]
        if isinstance(url, str) and url.startswith("/") and not url.startswith("//"):
            request["url"] = self._base + url[1:]
        return self._http.build_request(**call_options(request, timeout, max_retries))

    async def send(
        self,
        request: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        timeout: float | httpx.Timeout | Unset,
        max_retries: int | Unset,
    ) -> T:
        return parsed(await self._http.send(self._build(request, timeout, max_retries)), parse)

    async def send_raw(
        self,
        request: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        timeout: float | httpx.Timeout | Unset,
        max_retries: int | Unset,
    ) -> Response[T]:
        return raw(await self._http.send(self._build(request, timeout, max_retries)), parse)

    def paginate(self, fetch: Callable[[int, int], Result[list[T]]], page_size: int) -> AsyncIterator[T]:
        cursor = PageCursor(page_size)

        async def pages() -> AsyncIterator[T]:
            while True:
                page = await fetch(cursor.offset, cursor.page_size)
                if not cursor.more(page):
                    return
                for item in page:
                    yield item

        return pages()
