"""The sync primitives the helpers use; `h2ogpte_ext._async._io` has the same names for async code."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

# What stops a wait from outside: Ctrl-C.
Interrupts: tuple[type[BaseException], ...] = (KeyboardInterrupt,)


def sleep(seconds: float) -> None:
    time.sleep(seconds)


T = TypeVar("T")


def call_back(function: Callable[[T], object], value: T) -> None:
    """Call a user's callback."""
    function(value)
