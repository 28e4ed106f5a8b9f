"""One call's path: the frames between `client.collections.get_collection(id)` and the socket, and how often
control crosses between our code (h2ogpte_ext, h2ogpte_api) and the HTTP library (httpx, httpcore).

    python scripts/call_path.py            # against the fake, in this process; prints the stack and the counts

The stack is taken where httpcore is about to write the request, sync and async.
"""

from __future__ import annotations

import asyncio
import itertools
import sys
import traceback
from typing import Any

import httpcore

from h2ogpte_ext import H2OGPTE, AsyncH2OGPTE
from h2ogpte_ext.testing import FakeH2OGPTE

OURS = ("h2ogpte_ext", "h2ogpte_api")
THEIRS = ("httpx", "httpcore", "httpx2")


def _side(filename: str) -> str:
    parts = filename.replace("\\", "/").split("/")
    for part in reversed(parts[:-1]):
        if part in OURS:
            return "ours"
        if part in THEIRS:
            return "http"
    return "other"


def _path(stack: list[traceback.FrameSummary]) -> list[traceback.FrameSummary]:
    start = max(i for i, frame in enumerate(stack) if frame.name == "get_collection")
    return stack[start:]


def report(label: str, stack: list[traceback.FrameSummary]) -> tuple[int, int]:
    frames = [f for f in _path(stack) if _side(f.filename) != "other"]
    sides = [_side(f.filename) for f in frames]
    crossings = sum(1 for a, b in itertools.pairwise(sides) if a != b)
    print(f"{label}: {len(frames)} frames, {crossings} crossings between our code and the HTTP library")
    for frame, side in zip(frames, sides, strict=True):
        where = frame.filename.split("site-packages/")[-1].split("/main/")[-1]
        print(f"  {side:5} {frame.name:32} {where}:{frame.lineno}")
    return len(frames), crossings


def main() -> int:
    seen: dict[str, list[traceback.FrameSummary]] = {}
    sync_write = httpcore.HTTP11Connection.handle_request
    async_write = httpcore.AsyncHTTP11Connection.handle_async_request

    def sync_spy(self: Any, request: Any) -> Any:
        seen.setdefault("sync", traceback.extract_stack())
        return sync_write(self, request)

    async def async_spy(self: Any, request: Any) -> Any:
        seen.setdefault("async", traceback.extract_stack())
        return await async_write(self, request)

    httpcore.HTTP11Connection.handle_request = sync_spy  # type: ignore[method-assign]
    httpcore.AsyncHTTP11Connection.handle_async_request = async_spy  # type: ignore[method-assign]
    with FakeH2OGPTE() as fake:
        with H2OGPTE(address=fake.url, api_key=fake.api_key) as client:
            collection_id = client.collections.create_collection(name="path", description="").id
            seen.clear()
            client.collections.get_collection(collection_id)

        async def run() -> None:
            async with AsyncH2OGPTE(address=fake.url, api_key=fake.api_key) as client:
                await client.collections.get_collection(collection_id)

        asyncio.run(run())
    for label in ("sync", "async"):
        report(label, seen[label])
    return 0


if __name__ == "__main__":
    sys.exit(main())
