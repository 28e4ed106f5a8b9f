"""The async primitives the helpers use; `h2ogpte_ext._sync._io` has the same names for sync code."""

from __future__ import annotations

import asyncio
import inspect
import ssl
import sys
import weakref
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Sequence
from contextlib import suppress
from functools import partial
from typing import Any, TypeAlias, TypeVar

import httpx

from h2ogpte_ext._errors import H2OGPTEError

# What stops a wait from outside: Ctrl-C, or the task being cancelled (asyncio.run turns Ctrl-C into that).
Interrupts: tuple[type[BaseException], ...] = (KeyboardInterrupt, asyncio.CancelledError)


def _foreign_library() -> str | None:
    """The async library running this code when it is not asyncio and can be told (trio; any that sniffio
    knows), else None: asyncio, or sync code, or a library nothing here can name."""
    trio: Any = sys.modules.get("trio")
    if trio is not None:
        try:
            trio.lowlevel.current_task()
        except RuntimeError:  # not inside trio.run()
            pass
        else:
            return "trio"
    sniffio: Any = sys.modules.get("sniffio")
    if sniffio is not None:
        try:
            name = sniffio.current_async_library()
        except Exception:  # sniffio.AsyncLibraryNotFoundError: sync code
            return None
        return None if name == "asyncio" else str(name)
    return None


def _refusal(library: str) -> H2OGPTEError:
    return H2OGPTEError(
        f"AsyncH2OGPTE runs under asyncio only, and this code runs under {library}: its retries, health(), "
        "uploads and job waits are built on asyncio. Use the sync H2OGPTE there, in a worker thread "
        "(trio: `await trio.to_thread.run_sync(client.collections.list_collections)`), or run under asyncio"
    )


def check_async_library() -> None:
    """Refuse, when an AsyncH2OGPTE is made, to be made under an async library other than asyncio (trio);
    made outside any (in sync code), it is checked at its first use (`require_asyncio`)."""
    library = _foreign_library()
    if library is not None:
        raise _refusal(library)


def require_asyncio() -> None:
    """Refuse to go on in async code that asyncio is not running (trio, or any other): called where the async
    client first needs asyncio (every request, a sleep, tasks), before anything is sent."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        raise _refusal(_foreign_library() or "an async library other than asyncio") from None


async def sleep(seconds: float) -> None:
    require_asyncio()
    await asyncio.sleep(seconds)


# Whether the client built on these primitives is the async one (what its settings may take differs).
ASYNCHRONOUS = True

# `auth=` of AsyncH2OGPTE, when not an httpx.Auth: a callable that returns a current token, or an awaitable of one.
AsyncTokenProvider: TypeAlias = Callable[[], "str | Awaitable[str]"]

T = TypeVar("T")
# What a call the sync twin makes plainly gives here: `Result[X]` is X there.
Result: TypeAlias = Awaitable[T]


async def call_back(function: Callable[[T], object], value: T) -> None:
    """Call a user's callback; a coroutine function is awaited."""
    outcome = function(value)
    if inspect.isawaitable(outcome):
        await outcome


async def run_bounded(function: Callable[[T], Awaitable[None]], items: Sequence[T], limit: int) -> None:
    """Run `function` on every item, at most `limit` at a time (tasks). After the first failure no new item
    starts, the ones running finish, and that failure is raised."""
    require_asyncio()
    pending = iter(items)
    failures: list[BaseException] = []

    async def worker() -> None:
        for item in pending:
            if failures:
                return
            try:
                await function(item)
            except BaseException as error:
                failures.append(error)
                return

    await asyncio.gather(*(worker() for _ in range(min(limit, len(items)))))
    if failures:
        raise failures[0]


async def run_within(seconds: float, calls: Sequence[Callable[[], Awaitable[T]]]) -> list[T | None]:
    """Run the calls at once (tasks) and return their results, or None for each not done within `seconds`
    (it is cancelled); a call's own failure is raised."""
    require_asyncio()
    tasks = [asyncio.ensure_future(call()) for call in calls]
    try:
        await asyncio.wait(tasks, timeout=seconds)
    finally:
        late = [task for task in tasks if not task.done()]
        for task in late:
            task.cancel()
        await asyncio.gather(*late, return_exceptions=True)
    return [None if task.cancelled() else task.result() for task in tasks]


# The longest header line httpx's pools read (httpcore's bound on a response's head, h11's
# max_incomplete_event_size): aiohttp's pools read as long (aiohttp's own default is 8 KiB, and an
# authenticating proxy's session cookie can be longer), so that which pool sends changes nothing a server can send.
HEADER_LINE_LIMIT = 100 * 1024


def new_pool(tls: ssl.SSLContext, proxy: str | None) -> httpx.AsyncBaseTransport:
    """A connection pool of the async client, through `proxy` if given: aiohttp's, through httpx-aiohttp, when
    it is installed (the `aiohttp` extra: less than half the CPU time per call of httpx's own at concurrency
    1, a sixth at 100; `nox -s bench`), else httpx's. A SOCKS proxy is httpx's: aiohttp has none. aiohttp's
    session is made at the first request, in the event loop it belongs to, with httpx's limits (100
    connections, idle ones closed after 5 s) and header lines as long as httpx reads."""
    if proxy is None or httpx.URL(proxy).scheme in ("http", "https"):
        try:
            from httpx_aiohttp import AiohttpTransport
        except ImportError:
            pass
        else:
            return AiohttpTransport(
                verify=tls, proxy=None if proxy is None else httpx.Proxy(proxy), client=partial(_aiohttp_session, tls)
            )
    return httpx.AsyncHTTPTransport(verify=tls, proxy=proxy)


def _aiohttp_session(tls: ssl.SSLContext) -> Any:
    import aiohttp

    # httpx's default limits (and httpx-aiohttp's): 100 connections, an idle one closed after 5 s.
    connector = aiohttp.TCPConnector(ssl=tls, limit=100, keepalive_timeout=5.0)
    return aiohttp.ClientSession(connector=connector, max_line_size=HEADER_LINE_LIMIT, max_field_size=HEADER_LINE_LIMIT)


async def close_with_loop(pool: httpx.AsyncBaseTransport) -> AsyncGenerator[None, None]:
    """Have the running event loop close `pool` when it shuts down (`asyncio.run()` ends): a started async
    generator, which asyncio closes with the loop's others (`shutdown_asyncgens`), closing the pool as it ends.
    A pool left open when its loop closes keeps sockets that loop can no longer close (aiohttp's warn of it),
    as a client used by one `asyncio.run()` after another would. Keep what it returns: asyncio holds it weakly."""

    async def guard() -> AsyncGenerator[None, None]:
        try:
            yield
        finally:
            with suppress(Exception):  # the client may have closed it already; closing must not fail the shutdown
                await pool.aclose()

    watch = guard()
    await watch.__anext__()
    return watch


def running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:  # another async library (trio): it has no such loop
        return None


# The event loop each async connection pool (the inner transport, shared by `with_options` copies) first
# sent in: its connections, and aiohttp's session, belong to that loop and fail in any other.
_LOOPS: weakref.WeakKeyDictionary[Any, weakref.ref[asyncio.AbstractEventLoop]] = weakref.WeakKeyDictionary()


def check_loop(pool: Any) -> None:
    """Bind `pool` (a caller's transport or httpx client: not ours to rebuild) to the running event loop at
    its first request; refuse a request from any other loop."""
    loop = running_loop()
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


async def send_bounded(inner: httpx.AsyncBaseTransport, request: httpx.Request) -> httpx.Response:
    """Send through a transport that has no write timeout of its own (httpx-aiohttp: a body to a server that
    stopped reading would wait for ever): the upload fails with httpx.WriteTimeout when no part of it was
    written within the request's write timeout."""
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
