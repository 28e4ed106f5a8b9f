"""Sync and async clients behind one synchronous face, so each test case is written once for both."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any, ClassVar

from h2ogpte_ext import H2OGPTE, AsyncH2OGPTE, CompletionDelta


class Either:
    """One client, sync or async, with a synchronous face so each case is written once."""

    # Made and not closed yet: conftest closes what a test left open, so that no event loop, socket or async
    # generator is left to the garbage collector (a ResourceWarning or RuntimeWarning at some later test).
    unclosed: ClassVar[list[Either]] = []

    def __init__(self, kind: str, **settings: Any) -> None:
        self.kind = kind
        self.loop = asyncio.new_event_loop()
        try:
            self.client: H2OGPTE | AsyncH2OGPTE = H2OGPTE(**settings) if kind == "sync" else AsyncH2OGPTE(**settings)
        except BaseException:
            self.loop.close()
            raise
        Either.unclosed.append(self)

    def run(self, value: Any) -> Any:
        return self.loop.run_until_complete(value) if isinstance(value, Awaitable) else value

    def call(self, endpoint: Any, *args: Any, **kwargs: Any) -> Any:
        if self.kind == "sync":
            return endpoint.sync(*args, client=self.client.api, **kwargs)
        return self.run(endpoint.asyncio(*args, client=self.client.api, **kwargs))

    def collect(self, items: Iterable[Any] | AsyncIterator[Any], most: int | None = None) -> list[Any]:
        """The items of an iterator, sync or async; at most `most` (a listing that never ends must not hang)."""
        if isinstance(items, AsyncIterator):

            async def gather() -> list[Any]:
                found = []
                async for item in items:
                    found.append(item)
                    if len(found) == most:
                        break
                return found

            return list(self.run(gather()))
        return list(islice(items, most))

    def stream(
        self, session_id: str, message: str, after_first: Callable[[Any], Any] | None = None, **options: Any
    ) -> tuple[list[CompletionDelta], Any]:
        """All deltas of a streamed answer; `after_first(stream)` runs once the first delta is in."""
        if isinstance(self.client, H2OGPTE):
            deltas = []
            with self.client.stream_completion(session_id, message, **options) as stream:
                for delta in stream:
                    deltas.append(delta)
                    if after_first is not None and len(deltas) == 1:
                        after_first(stream)
            return deltas, stream

        async def read() -> tuple[list[CompletionDelta], Any]:
            assert isinstance(self.client, AsyncH2OGPTE)
            found = []
            async with await self.client.stream_completion(session_id, message, **options) as stream:
                async for delta in stream:
                    found.append(delta)
                    if after_first is not None and len(found) == 1:
                        await after_first(stream)
            return found, stream

        return self.run(read())  # type: ignore[no-any-return]

    def with_options(self, **options: Any) -> Either:
        """The same client's `with_options` copy, on the same event loop (closing the original is enough)."""
        copy = object.__new__(Either)
        copy.kind, copy.loop, copy.client = self.kind, self.loop, self.client.with_options(**options)
        return copy

    def close(self) -> None:
        if self in Either.unclosed:
            Either.unclosed.remove(self)
        if self.loop.is_closed():
            return
        try:
            self.run(self.client.close())
        finally:
            _shut_down(self.loop)


def _shut_down(loop: asyncio.AbstractEventLoop) -> None:
    """Close `loop` as `asyncio.run` closes its own: the callbacks already scheduled run (an async generator's
    finalizer schedules its `aclose()`), tasks still pending are cancelled, async generators still open (a
    listing read in part) are closed, all on this loop, before it closes."""

    async def finish() -> None:
        await asyncio.sleep(0)
        pending = asyncio.all_tasks() - {asyncio.current_task()}
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        await loop.shutdown_asyncgens()
        await loop.shutdown_default_executor()

    try:
        loop.run_until_complete(finish())
    finally:
        loop.close()


@contextmanager
def client_of(kind: str, address: str, **settings: Any) -> Iterator[Either]:
    """A client of `address` (a test's own server), closed after."""
    c = Either(kind, address=address, api_key="sk-test", **settings)
    try:
        yield c
    finally:
        c.close()
