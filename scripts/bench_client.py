"""Client CPU time per call, typed through the resource layer (`client.collections`) and `client.api`, next to
raw httpx + json.loads and the vendor's client.

The fake server runs in its own process, so only the client's CPU time (time.process_time) is counted. Our
client sends through its own pool (`h2ogpte_ext._http11`); the same client on httpx's pool is shown beside it.
Measured on httpx, then (where httpx2 is installed) the same again in a Python of its own with
`httpx2.alias_httpx()` in force, so that our client runs on httpx2, next to raw httpx2 (`--on` picks one).
Targets: list of 100 collections <= 1.2x raw httpx and below the vendor; get <= 1.1x raw httpx; the resource
layer within 3 % of calling the generated function directly.
Ratios are medians of per-round ratios, with the middle half of the rounds beside them: a shared virtual
machine keeps several percent of noise, so read the range as well as the median. Where the machine has two
cores or more, the server and the client each keep one of their own.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from bench_record import record  # a sibling script (python scripts/bench_client.py)
from h2ogpte_api.api.collections import get_collection, list_collections

from h2ogpte_ext import H2OGPTE

KEY = "sk-bench"


def start_server(variety: int | None = None) -> tuple[subprocess.Popen[str], str]:
    """The fake in a process of its own; with `variety`, its records vary as a server's do (optional properties
    present, absent or null), else they hold only their required properties."""
    seed = ["--variety", str(variety)] if variety is not None else []
    proc = subprocess.Popen(
        [sys.executable, "-m", "h2ogpte_ext.testing", "--port", "0", "--api-key", KEY, *seed],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if not line.startswith("listening on "):
        proc.kill()
        raise SystemExit(f"the fake server did not start: {line!r}")
    return proc, line.removeprefix("listening on ")


def cpu_seconds(pid: int) -> float | None:
    """User and system CPU time of a process so far (Linux's /proc), None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pin(pid: int, cpus: list[int]) -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(pid, cpus)


def quartiles(values: list[float]) -> tuple[float, float, float]:
    q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, median, q3


def cpu_per_call(contenders: dict[str, Callable[[], Any]], calls: int, rounds: int) -> dict[str, list[float]]:
    """Per contender: CPU seconds per call, one figure per round.

    Rounds interleave the contenders in a shuffled order, so drifts of the machine touch all of them alike.
    """
    for fn in contenders.values():
        for _ in range(max(10, calls // 10)):
            fn()
    seconds: dict[str, list[float]] = {name: [] for name in contenders}
    order = list(contenders.items())
    shuffle = random.Random(1).shuffle  # noqa: S311 (an order, not a secret)
    for _ in range(rounds):
        shuffle(order)  # no contender always runs right after another
        for name, fn in order:
            gc.collect()
            start = time.process_time()
            for _ in range(calls):
                fn()
            seconds[name].append((time.process_time() - start) / calls)
    return seconds


def ratios(values: list[float], base: list[float]) -> tuple[float, float, float]:
    """Quartiles of the per-round ratio of `values` to `base` (measured in the same rounds)."""
    return quartiles([v / b for v, b in zip(values, base, strict=True)])


def _cell(seconds: float, ratio: tuple[float, float, float]) -> str:
    return f"{seconds * 1e6:7.0f} us {_ratio_text(ratio)}"


def _ratio_text(ratio: tuple[float, float, float]) -> str:
    q1, median, q3 = ratio
    return f"{median:5.2f}x ({q1:.2f}-{q3:.2f})"


def vendor_calls(url: str, collection_id: str) -> tuple[Callable[[], Any], Callable[[], Any]] | None:
    try:
        from h2ogpte.rest_sync import ApiClient, Configuration
        from h2ogpte.rest_sync.api import CollectionsApi
    except ImportError:
        return None
    api = CollectionsApi(ApiClient(Configuration(host=f"{url}/api/v1", access_token=KEY)))
    return (lambda: api.list_collections(limit=100)), (lambda: api.get_collection(collection_id))


# Runs this script with httpx2.alias_httpx() in force before anything imports httpx (argv: script, then its args).
ON_HTTPX2 = (
    "import runpy, sys; import httpx2; httpx2.alias_httpx(); "
    "sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')"
)


def on_httpx2(args: argparse.Namespace) -> None:
    """This benchmark again, with the same settings, in a Python of its own where `import httpx` is httpx2."""
    if importlib.util.find_spec("httpx2") is None:
        print("\non httpx2: not measured, httpx2 is not installed (pip install httpx2; Python >= 3.11)")
        return
    print("\n" if args.on == "both" else "", end="", flush=True)  # a blank line after the httpx figures
    settings = ["--calls", str(args.calls), "--rounds", str(args.rounds), "--variety", str(args.variety)]
    subprocess.run([sys.executable, "-c", ON_HTTPX2, __file__, *settings, "--on", "httpx2"], check=True)


def _record(
    library: str,
    raw_name: str,
    resource: str,
    lists: dict[str, list[float]],
    gets: dict[str, list[float]],
    list_layer: tuple[float, float, float],
    get_layer: tuple[float, float, float],
) -> None:
    """The README table's rows: get and list through the resource layer, each beside raw `library` and the
    vendor's client in the same rounds; the resource layer beside the generated function."""
    vendor = "vendor h2ogpte.rest_sync"
    for what, seconds, target in (("get 1 collection", gets, None), ("list 100 varied collections", lists, 1.10)):
        ours = ratios(seconds[resource], seconds[raw_name])[1]
        anchor = f"raw {library} + json.loads: {statistics.median(seconds[raw_name]) * 1e6:.0f} µs"
        versus_vendor = None
        if vendor in seconds:
            versus_vendor = ratios(seconds[vendor], seconds[raw_name])[1]
            anchor += f"; the vendor's client: {statistics.median(seconds[vendor]) * 1e6:.0f} µs ({versus_vendor:.2f}x)"
        if target is None and versus_vendor is not None:  # get: at or below the vendor's client
            goal, met = f"<= the vendor's ({versus_vendor:.2f}x)", ours <= versus_vendor
        elif target is not None:
            goal, met = f"<= {target:.2f}x", ours <= target
        else:
            goal, met = "", None
        record(
            f"sync {what}, {library}'s client on our pool",
            f"{statistics.median(seconds[resource]) * 1e6:.0f} µs",
            anchor,
            f"{ours:.2f}x",
            goal,
            met,
        )
    for what, layer in (("get", get_layer), ("list", list_layer)):
        record(
            f"resource layer over the generated function, sync {what}, on {library}",
            "",
            "the generated function",
            f"{layer[1]:.2f}x",
            "<= 1.03x",
            layer[1] <= 1.03,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--on",
        choices=["both", "httpx", "httpx2"],
        default="both",
        help="the HTTP library under our client and the raw anchor (httpx2 through httpx2.alias_httpx())",
    )
    parser.add_argument("--calls", type=int, default=20, help="calls per round for the list (x5 for get)")
    parser.add_argument("--rounds", type=int, default=25)
    parser.add_argument(
        "--variety", type=int, default=1, help="the fake's seed for varied records (-1: only required properties)"
    )
    args = parser.parse_args()
    library = httpx.__name__  # httpx2 under httpx2.alias_httpx()
    if args.on == "httpx2" and library != "httpx2":
        on_httpx2(args)
        return
    measure(args, library)
    if args.on == "both" and library == "httpx":
        on_httpx2(args)


def measure(args: argparse.Namespace, library: str) -> None:
    proc, url = start_server(None if args.variety < 0 else args.variety)
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    if len(cpus) > 1:
        pin(proc.pid, cpus[1:])
        pin(0, cpus[:1])
    try:
        raw = httpx.Client(base_url=f"{url}/api/v1", headers={"Authorization": f"Bearer {KEY}"})
        for i in range(100):
            raw.post("/collections", json={"name": f"collection {i:03}", "description": "bench"}).raise_for_status()
        listed_json = json.loads(raw.get("/collections", params={"limit": 100}).content)
        collection_id = listed_json[0]["id"]
        keys = sum(len(record) for record in listed_json) / len(listed_json)
        client = H2OGPTE(address=url, api_key=KEY)  # our own pool (h2ogpte_ext._http11)
        on_httpx_pool = H2OGPTE(address=url, api_key=KEY, transport=httpx.HTTPTransport())
        listed = list_collections.sync(client=client.api, limit=100)
        assert isinstance(listed, list) and len(listed) == 100

        contenders: dict[str, tuple[Callable[[], Any], Callable[[], Any]]] = {
            f"raw {library} + json.loads": (
                lambda: json.loads(raw.get("/collections", params={"limit": 100}).content),
                lambda: json.loads(raw.get(f"/collections/{collection_id}").content),
            ),
            "h2ogpte_ext client.api (typed)": (
                lambda: list_collections.sync(client=client.api, limit=100),
                lambda: get_collection.sync(collection_id, client=client.api),
            ),
            "h2ogpte_ext client.collections": (
                lambda: client.collections.list_collections(limit=100),
                lambda: client.collections.get_collection(collection_id),
            ),
            f"  the same, on {library}'s pool": (
                lambda: on_httpx_pool.collections.list_collections(limit=100),
                lambda: on_httpx_pool.collections.get_collection(collection_id),
            ),
        }
        vendor = vendor_calls(url, collection_id)
        if vendor is not None:
            contenders["vendor h2ogpte.rest_sync"] = vendor
        lists = cpu_per_call({name: fns[0] for name, fns in contenders.items()}, args.calls, args.rounds)
        gets = cpu_per_call({name: fns[1] for name, fns in contenders.items()}, args.calls * 5, args.rounds)
        print(
            f"on {library} {httpx.__version__}: client CPU time per call (median of {args.rounds} interleaved rounds; "
            f"ratio to raw {library}, with the middle half of the rounds); fake server in its own process, records "
            + ("with required properties only" if args.variety < 0 else f"varied (seed {args.variety})")
        )
        raw_name = next(iter(contenders))
        print(f"{'':31} {'list 100 collections':>33} {'get 1 collection':>33}   ({keys:.1f} keys per record)")
        for name in contenders:
            list_cell = _cell(statistics.median(lists[name]), ratios(lists[name], lists[raw_name]))
            get_cell = _cell(statistics.median(gets[name]), ratios(gets[name], gets[raw_name]))
            print(f"{name:31} {list_cell} {get_cell}")
        api, resource = "h2ogpte_ext client.api (typed)", "h2ogpte_ext client.collections"
        list_ratio, get_ratio = ratios(lists[resource], lists[api]), ratios(gets[resource], gets[api])
        print(
            "resource layer / generated function, same rounds (target <= 1.03x): "
            f"list {_ratio_text(list_ratio)}, get {_ratio_text(get_ratio)}"
        )
        _record(library, raw_name, resource, lists, gets, list_ratio, get_ratio)
        client.close()
        on_httpx_pool.close()
        raw.close()
    finally:
        proc.terminate()
        proc.wait(10)


if __name__ == "__main__":
    main()
