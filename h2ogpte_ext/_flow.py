"""Workflows written once, free of I/O, run by a sync or an async driver.

A flow is a generator that yields what it needs (`Call` an operation of the generated client, `Sleep`,
or `Emit` a value to the caller) and receives the operation's parsed result. The drivers below are the
only code that differs between `H2OGPTE` and `AsyncH2OGPTE`.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Generator, Iterator
from types import ModuleType
from typing import Any, TypeVar

from attrs import define, field
from h2ogpte_api import AuthenticatedClient

T = TypeVar("T")


@define(frozen=True)
class Call:
    """Call `endpoint.sync_detailed` / `asyncio_detailed` (a generated operation module) with these arguments."""

    endpoint: ModuleType
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(factory=dict)


@define(frozen=True)
class Sleep:
    seconds: float


@define(frozen=True)
class Emit:
    value: Any


Step = Call | Sleep | Emit
Flow = Generator[Step, Any, T]


def call(endpoint: ModuleType, *args: Any, **kwargs: Any) -> Call:
    return Call(endpoint, args, kwargs)


def iterate(flow: Flow[Any], api: AuthenticatedClient) -> Iterator[Any]:
    """Drive `flow` synchronously, yielding what it emits."""
    value: Any = None
    while True:
        try:
            step = flow.send(value)
        except StopIteration:
            return
        value = None
        if isinstance(step, Emit):
            yield step.value
        elif isinstance(step, Sleep):
            time.sleep(step.seconds)
        else:
            # Error statuses raise in the client's response hook: what is parsed here is a success.
            value = step.endpoint.sync_detailed(*step.args, client=api, **step.kwargs).parsed


async def aiterate(flow: Flow[Any], api: AuthenticatedClient) -> AsyncIterator[Any]:
    """Drive `flow` asynchronously, yielding what it emits."""
    value: Any = None
    while True:
        try:
            step = flow.send(value)
        except StopIteration:
            return
        value = None
        if isinstance(step, Emit):
            yield step.value
        elif isinstance(step, Sleep):
            import asyncio  # here, not at the top: importing asyncio costs sync users 20 ms

            await asyncio.sleep(step.seconds)
        else:
            value = (await step.endpoint.asyncio_detailed(*step.args, client=api, **step.kwargs)).parsed


def run(flow: Flow[T], api: AuthenticatedClient) -> T:
    """Drive `flow` synchronously to its return value."""
    result: list[T] = []

    def capture() -> Flow[None]:
        result.append((yield from flow))

    for _ in iterate(capture(), api):
        pass
    return result[0]


async def arun(flow: Flow[T], api: AuthenticatedClient) -> T:
    """Drive `flow` asynchronously to its return value."""
    result: list[T] = []

    def capture() -> Flow[None]:
        result.append((yield from flow))

    async for _ in aiterate(capture(), api):
        pass
    return result[0]


def paginate(endpoint: ModuleType, *args: Any, page_size: int = 100, **kwargs: Any) -> Flow[None]:
    """Emit every item of an offset/limit listing, fetching pages lazily until a short page."""
    offset = 0
    while True:
        page = yield call(endpoint, *args, offset=offset, limit=page_size, **kwargs)
        for item in page or []:
            yield Emit(item)
        if page is None or len(page) < page_size:
            return
        offset += len(page)


def collect(inner: Flow[Any]) -> Flow[list[Any]]:
    """Run `inner` as part of a flow, gathering what it emits instead of passing it to the caller."""
    items: list[Any] = []
    value: Any = None
    while True:
        try:
            step = inner.send(value)
        except StopIteration:
            return items
        if isinstance(step, Emit):
            items.append(step.value)
            value = None
        else:
            value = yield step
