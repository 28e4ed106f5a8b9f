"""The sync primitives the helpers use; `h2ogpte_ext._async._io` has the same names for async code."""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Annotated, Any, TypeAlias, TypeVar

import httpx

from h2ogpte_ext._http11 import Http11Pool

if TYPE_CHECKING:
    import asyncio

# What stops a wait from outside: Ctrl-C.
Interrupts: tuple[type[BaseException], ...] = (KeyboardInterrupt,)


def check_async_library() -> None:
    """Nothing to check: the sync client runs anywhere (in a worker thread of trio or asyncio too)."""


def require_asyncio() -> None:
    """Nothing to check: sync code needs no event loop."""


def sleep(seconds: float) -> None:
    time.sleep(seconds)


# Whether the client built on these primitives is the async one (what its settings may take differs).
ASYNCHRONOUS = False

# `auth=` of H2OGPTE, when not an httpx.Auth: a callable that returns a current token.
TokenProvider: TypeAlias = Callable[[], str]

T = TypeVar("T")
# What the async code awaits is here the value itself: `Result[X]` is X.
Result: TypeAlias = Annotated[T, "the value itself"]


def call_back(function: Callable[[T], object], value: T) -> None:
    """Call a user's callback."""
    function(value)


def run_bounded(function: Callable[[T], None], items: Sequence[T], limit: int) -> None:
    """Run `function` on every item, at most `limit` at a time (threads). After the first failure no new item
    starts, the ones running finish, and that failure is raised."""
    if limit <= 1 or len(items) <= 1:
        for item in items:
            function(item)
        return
    pending = iter(items)
    lock = threading.Lock()
    failures: list[BaseException] = []

    def worker() -> None:
        while True:
            with lock:
                if failures:
                    return
                item = next(pending, _DONE)
            if item is _DONE:
                return
            try:
                function(item)  # type: ignore[arg-type]  # not _DONE here
            except BaseException as error:
                with lock:
                    failures.append(error)
                return

    from concurrent.futures import ThreadPoolExecutor  # here: most programs never upload in parallel

    pool = ThreadPoolExecutor(max_workers=min(limit, len(items)), thread_name_prefix="h2ogpte-ext")
    try:
        for future in [pool.submit(worker) for _ in range(min(limit, len(items)))]:
            future.result()
    except BaseException as error:  # Ctrl-C reaches only this thread: stop the workers after their current item
        with lock:
            failures.append(error)
        raise
    finally:
        pool.shutdown(wait=True)
    if failures:
        raise failures[0]


_DONE = object()


def run_within(seconds: float, calls: Sequence[Callable[[], T]]) -> list[T | None]:
    """Run the calls at once (threads) and return their results, or None for each not done within `seconds`
    (a blocked call cannot be stopped from outside: its daemon thread is left to end by its own timeouts,
    and its outcome is dropped); a call's own failure is raised."""
    results: list[T | None] = [None] * len(calls)
    failures: list[BaseException | None] = [None] * len(calls)

    def run(index: int) -> None:
        try:
            results[index] = calls[index]()
        except BaseException as error:
            failures[index] = error

    threads = [threading.Thread(target=run, args=(i,), name="h2ogpte-ext", daemon=True) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + seconds
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    late = [thread.is_alive() for thread in threads]
    for index, failure in enumerate(failures):
        if failure is not None and not late[index]:
            raise failure
    return [None if late[index] else result for index, result in enumerate(results)]


def new_pool(tls: ssl.SSLContext, proxy: str | None) -> httpx.BaseTransport:
    """A connection pool of the sync client: our own on the standard library's sockets (`Http11Pool`: about
    half the CPU time per small call of httpx's, `nox -s bench`), or httpx's through `proxy` if given."""
    if proxy is None:
        return Http11Pool(tls)
    return httpx.HTTPTransport(verify=tls, proxy=proxy)


def close_with_loop(pool: httpx.BaseTransport) -> object:
    """Sync pools belong to no event loop: the client closes them (never called: there is no running loop)."""
    return None


def running_loop() -> asyncio.AbstractEventLoop | None:
    """No event loop in sync code."""
    return None


def check_loop(pool: Any) -> None:
    """Sync connections belong to no event loop: nothing to check."""


def send_bounded(inner: httpx.BaseTransport, request: httpx.Request) -> httpx.Response:
    """Sync transports bound each write themselves (a foreign async one may not: see the async twin)."""
    return inner.handle_request(request)
