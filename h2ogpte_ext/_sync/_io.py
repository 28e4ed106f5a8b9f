"""The sync primitives the helpers use; `h2ogpte_ext._async._io` has the same names for async code."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

# What stops a wait from outside: Ctrl-C.
Interrupts: tuple[type[BaseException], ...] = (KeyboardInterrupt,)


def sleep(seconds: float) -> None:
    time.sleep(seconds)


T = TypeVar("T")


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
