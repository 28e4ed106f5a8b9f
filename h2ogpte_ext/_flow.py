"""Workflows written once, free of I/O, run by a sync or an async driver.

A flow is a generator that yields what it needs (`Call` an operation of the generated client, `Send` a
request outside the spec, `Sleep`, or `Emit` a value to the caller) and receives the operation's parsed
result; a step that fails is raised inside the flow, so a flow can clean up after it. The drivers below
are the only code that differs between `H2OGPTE` and `AsyncH2OGPTE`.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Generator, Iterator
from types import ModuleType
from typing import Any, TypeVar

from attrs import define, field
from h2ogpte_api import AuthenticatedClient

from h2ogpte_ext._errors import H2OGPTEError

T = TypeVar("T")


@define(frozen=True)
class Call:
    """Call `endpoint.sync_detailed` / `asyncio_detailed` (a generated operation module) with these arguments."""

    endpoint: ModuleType
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(factory=dict)


@define(frozen=True)
class Send:
    """Send a request outside the spec's operations (an absolute URL) on the client's pool; yields the response."""

    method: str
    url: str
    params: dict[str, str] = field(factory=dict)


@define(frozen=True)
class Sleep:
    seconds: float


@define(frozen=True)
class Emit:
    value: Any


Step = Call | Send | Sleep | Emit
Flow = Generator[Step, Any, T]


def call(endpoint: ModuleType, *args: Any, **kwargs: Any) -> Call:
    return Call(endpoint, args, kwargs)


def iterate(flow: Flow[Any], api: AuthenticatedClient) -> Iterator[Any]:
    """Drive `flow` synchronously, yielding what it emits."""
    value: Any = None
    failure: Exception | None = None
    while True:
        try:
            step = flow.send(value) if failure is None else flow.throw(failure)
        except StopIteration:
            return
        value, failure = None, None
        if isinstance(step, Emit):
            yield step.value
        elif isinstance(step, Sleep):
            time.sleep(step.seconds)
        else:
            try:
                value = _perform(step, api)
            except Exception as exc:  # raised inside the flow, which may clean up and re-raise
                failure = exc


def _perform(step: Call | Send, api: AuthenticatedClient) -> Any:
    if isinstance(step, Send):
        return api.get_httpx_client().request(step.method, step.url, params=step.params)
    # Error statuses raise in the client's response hook: what is parsed here is a success.
    return step.endpoint.sync_detailed(*step.args, client=api, **step.kwargs).parsed


async def _aperform(step: Call | Send, api: AuthenticatedClient) -> Any:
    if isinstance(step, Send):
        return await api.get_async_httpx_client().request(step.method, step.url, params=step.params)
    return (await step.endpoint.asyncio_detailed(*step.args, client=api, **step.kwargs)).parsed


async def aiterate(flow: Flow[Any], api: AuthenticatedClient) -> AsyncIterator[Any]:
    """Drive `flow` asynchronously, yielding what it emits."""
    value: Any = None
    failure: Exception | None = None
    while True:
        try:
            step = flow.send(value) if failure is None else flow.throw(failure)
        except StopIteration:
            return
        value, failure = None, None
        if isinstance(step, Emit):
            yield step.value
        elif isinstance(step, Sleep):
            import asyncio  # here, not at the top: importing asyncio costs sync users 20 ms

            await asyncio.sleep(step.seconds)
        else:
            try:
                value = await _aperform(step, api)
            except Exception as exc:
                failure = exc


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
    """Emit every item of an offset/limit listing, fetching pages lazily until an empty page.

    A page shorter than asked does not end the listing (a server may cap its pages below `page_size`);
    a server that answers a later offset with the same page again raises `H2OGPTEError`.
    """
    offset = 0
    previous: list[Any] = []
    while True:
        page = yield call(endpoint, *args, offset=offset, limit=page_size, **kwargs)
        if not page:
            return
        if page == previous:
            raise H2OGPTEError(
                f"{endpoint.__name__.rsplit('.', 1)[-1]} returned the same {len(page)} item(s) at offset "
                f"{offset - len(page)} and {offset}: the server ignores `offset`, so the listing cannot go on"
            )
        for item in page:
            yield Emit(item)
        previous = list(page)
        offset += len(page)


def collect(inner: Flow[Any]) -> Flow[list[Any]]:
    """Run `inner` as part of a flow, gathering what it emits instead of passing it to the caller."""
    items: list[Any] = []
    value: Any = None
    failure: Exception | None = None
    while True:
        try:
            step = inner.send(value) if failure is None else inner.throw(failure)
        except StopIteration:
            return items
        value, failure = None, None
        if isinstance(step, Emit):
            items.append(step.value)
        else:
            try:
                value = yield step
            except Exception as exc:  # a failed step belongs to `inner`
                failure = exc
