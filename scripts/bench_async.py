"""Async client CPU time per call at concurrency 1, 10 and 100: `get_collection` through `AsyncH2OGPTE` as
made by default (aiohttp's connection pool, through httpx-aiohttp, where the `aiohttp` extra is installed; else
httpx's) and on httpx's own transport, raw `httpx.AsyncClient`, and the vendor's `h2ogpte.rest_async` (aiohttp).

The fake server runs in its own process (its own core where there are two), so only the client's CPU time
(time.process_time) is counted. Target: at or below the vendor at every level. Ratios are to the vendor,
medians of per-round ratios with the middle half of the rounds beside them.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import random
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from bench_client import KEY, pin, quartiles, start_server  # a sibling script (python scripts/bench_async.py)
from bench_record import record

from h2ogpte_ext import AsyncH2OGPTE

Call = Callable[[], Awaitable[Any]]


async def cpu_per_call(calls: Call, concurrency: int, total: int) -> float:
    """CPU seconds per call for `total` calls, `concurrency` of them in flight at any time."""
    queue = iter(range(total))

    async def worker() -> None:
        for _ in queue:
            await calls()

    gc.collect()
    start = time.process_time()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return (time.process_time() - start) / total


async def contenders(url: str, collection_id: str) -> tuple[dict[str, Call], list[Callable[[], Awaitable[None]]]]:
    found: dict[str, Call] = {}
    closers: list[Callable[[], Awaitable[None]]] = []
    raw = httpx.AsyncClient(base_url=f"{url}/api/v1", headers={"Authorization": f"Bearer {KEY}"})
    closers.append(raw.aclose)

    async def raw_get() -> Any:
        return json.loads((await raw.get(f"/collections/{collection_id}")).content)

    found["raw httpx.AsyncClient"] = raw_get
    ours = AsyncH2OGPTE(address=url, api_key=KEY)
    closers.append(ours.close)
    try:
        import httpx_aiohttp  # noqa: F401
    except ImportError:
        default = "AsyncH2OGPTE (default: httpx's pool)"
        print("httpx-aiohttp is not installed: the default is httpx's pool (pip install 'h2ogpte-ext[aiohttp]')")
    else:
        default = "AsyncH2OGPTE (default: aiohttp's pool)"
        on_httpx = AsyncH2OGPTE(address=url, api_key=KEY, transport=httpx.AsyncHTTPTransport())
        closers.append(on_httpx.close)
        found["AsyncH2OGPTE (httpx.AsyncHTTPTransport)"] = lambda: on_httpx.collections.get_collection(collection_id)
    found[default] = lambda: ours.collections.get_collection(collection_id)
    try:
        from h2ogpte.rest_async import ApiClient, Configuration
        from h2ogpte.rest_async.api import CollectionsApi
    except ImportError:
        print("the vendor's h2ogpte is not installed: its line is left out")
    else:
        vendor_client = ApiClient(Configuration(host=f"{url}/api/v1", access_token=KEY))
        vendor = CollectionsApi(vendor_client)
        closers.append(vendor_client.close)
        found["vendor h2ogpte.rest_async"] = lambda: vendor.get_collection(collection_id)
    return found, closers


async def run(url: str, rounds: int, total: int) -> None:
    setup = httpx.AsyncClient(base_url=f"{url}/api/v1", headers={"Authorization": f"Bearer {KEY}"})
    created = await setup.post("/collections", json={"name": "bench", "description": "async bench"})
    collection_id = created.json()["id"]
    await setup.aclose()
    calls, closers = await contenders(url, collection_id)
    base = "vendor h2ogpte.rest_async" if "vendor h2ogpte.rest_async" in calls else next(iter(calls))
    shuffle = random.Random(1).shuffle  # noqa: S311 (an order, not a secret)
    print(
        f"async client CPU time per get_collection call ({total} calls a round, median of {rounds} interleaved "
        f"rounds; ratio to {base}, with the middle half of the rounds); fake server in its own process"
    )
    for concurrency in (1, 10, 100):
        for call in calls.values():  # warm up: connections open, code paths hot
            await cpu_per_call(call, concurrency, max(concurrency, 50))
        seconds: dict[str, list[float]] = {name: [] for name in calls}
        order = list(calls.items())
        for _ in range(rounds):
            shuffle(order)
            for name, call in order:
                seconds[name].append(await cpu_per_call(call, concurrency, total))
        print(f"concurrency {concurrency}:")
        for name, values in seconds.items():
            q1, median, q3 = quartiles([v / b for v, b in zip(values, seconds[base], strict=True)])
            print(f"  {name:34} {statistics.median(values) * 1e6:7.0f} us  {median:5.2f}x ({q1:.2f}-{q3:.2f})")
            if name.startswith("AsyncH2OGPTE (default") and base.startswith("vendor"):
                record(
                    f"async get 1 collection at concurrency {concurrency}, {name.removeprefix('AsyncH2OGPTE (')[:-1]}",
                    f"{statistics.median(values) * 1e6:.0f} µs",
                    f"the vendor's aiohttp client: {statistics.median(seconds[base]) * 1e6:.0f} µs",
                    f"{median:.2f}x",
                    "<= 1.00x",
                    median <= 1.0,
                )
    for close in closers:
        await close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--calls", type=int, default=400, help="calls per round and contender")
    args = parser.parse_args()
    proc, url = start_server()
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    if len(cpus) > 1:
        pin(proc.pid, cpus[1:])
        pin(0, cpus[:1])
    try:
        asyncio.run(run(url, args.rounds, args.calls))
    finally:
        proc.terminate()
        proc.wait(10)


if __name__ == "__main__":
    main()
