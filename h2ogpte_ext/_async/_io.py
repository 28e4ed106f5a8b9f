"""The async primitives the helpers use; `h2ogpte_ext._sync._io` has the same names for sync code."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

# What stops a wait from outside: Ctrl-C, or the task being cancelled (asyncio.run turns Ctrl-C into that).
Interrupts: tuple[type[BaseException], ...] = (KeyboardInterrupt, asyncio.CancelledError)


async def sleep(seconds: float) -> None:
    await asyncio.sleep(seconds)


T = TypeVar("T")


async def call_back(function: Callable[[T], object], value: T) -> None:
    """Call a user's callback; a coroutine function is awaited."""
    outcome = function(value)
    if inspect.isawaitable(outcome):
        await outcome


async def run_bounded(function: Callable[[T], Awaitable[None]], items: Sequence[T], limit: int) -> None:
    """Run `function` on every item, at most `limit` at a time (tasks). After the first failure no new item
    starts, the ones running finish, and that failure is raised."""
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
    tasks = [asyncio.ensure_future(call()) for call in calls]
    try:
        await asyncio.wait(tasks, timeout=seconds)
    finally:
        late = [task for task in tasks if not task.done()]
        for task in late:
            task.cancel()
        await asyncio.gather(*late, return_exceptions=True)
    return [None if task.cancelled() else task.result() for task in tasks]
