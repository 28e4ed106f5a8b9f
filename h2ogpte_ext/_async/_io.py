"""The async primitives the helpers use; `h2ogpte_ext._sync._io` has the same names for sync code."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
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
