"""Many small files over a slow network: `upload_and_ingest` of 1,000 files of 4 KiB with 20 ms of latency
injected into every request (a WAN), sequential (one upload after another, as the vendor's client and guide
do) against concurrent uploads at several levels. Target: the default at least 6x faster than sequential.

The fake runs in a process of its own (on its own core where there are two), so its CPU does not count
against the client's; its latency is a sleep, so it serves the concurrent requests side by side. Each level
gets a fresh fake, so that no level pays for the records an earlier one left. The default is always measured,
and its figure printed last, next to the sequential anchor.

    python scripts/bench_bulk.py --files 1000 --latency 0.02
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

from bench_record import record  # a sibling script (python scripts/bench_bulk.py)

from h2ogpte_ext import H2OGPTE
from h2ogpte_ext._files import DEFAULT_UPLOAD_CONCURRENCY

# A fake whose every answer waits `latency` seconds, serving until its standard input closes.
SERVER = """
import sys
from h2ogpte_ext.testing import FakeH2OGPTE
with FakeH2OGPTE() as server:
    server.faults.add(latency=float(sys.argv[1]), times=-1)
    print(server.url, server.api_key, flush=True)
    sys.stdin.read()
"""


def start_server(latency: float) -> tuple[subprocess.Popen[str], str, str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(latency)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    url, key = proc.stdout.readline().split()
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    if len(cpus) > 1:
        os.sched_setaffinity(proc.pid, cpus[1:])
        os.sched_setaffinity(0, cpus[:1])
    return proc, url, key


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--size", type=int, default=4096, help="bytes per file")
    parser.add_argument("--latency", type=float, default=0.02, help="seconds added to every request")
    parser.add_argument("--levels", default="1,4,8,16,32", help="concurrency levels (1 and the default always)")
    args = parser.parse_args()
    files = [(f"file-{i:04}.txt", bytes([65 + i % 26]) * args.size) for i in range(args.files)]
    levels = [int(level) for level in args.levels.split(",")]
    if 1 not in levels:
        levels.insert(0, 1)
    if DEFAULT_UPLOAD_CONCURRENCY not in levels:
        levels.append(DEFAULT_UPLOAD_CONCURRENCY)
    seconds = {concurrency: measure(files, concurrency, args.latency) for concurrency in levels}
    base = seconds[1]
    print(
        f"upload_and_ingest of {args.files} files of {args.size} B with {args.latency * 1000:g} ms per request "
        f"(target: the default, {DEFAULT_UPLOAD_CONCURRENCY}, >= 6x faster than sequential)"
    )
    for concurrency, took in seconds.items():
        label = "sequential" if concurrency == 1 else f"concurrency {concurrency}"
        default = " (default)" if concurrency == DEFAULT_UPLOAD_CONCURRENCY else ""
        print(f"  {label + default:26} {took:7.2f} s   {base / took:5.1f}x sequential")
    speedup = base / seconds[DEFAULT_UPLOAD_CONCURRENCY]
    verdict = "meets" if speedup >= 6 else "misses"
    record(
        f"upload_and_ingest of {args.files} files of {args.size} B, {args.latency * 1000:g} ms per request, "
        f"default concurrency ({DEFAULT_UPLOAD_CONCURRENCY})",
        f"{seconds[DEFAULT_UPLOAD_CONCURRENCY]:.2f} s",
        f"sequential: {base:.2f} s",
        f"{speedup:.1f}x faster",
        ">= 6x faster",
        speedup >= 6,
    )
    print(
        f"default concurrency {DEFAULT_UPLOAD_CONCURRENCY}: {seconds[DEFAULT_UPLOAD_CONCURRENCY]:.2f} s, "
        f"{speedup:.1f}x sequential ({base:.2f} s); {verdict} the 6x target"
    )


def measure(files: list[tuple[str, bytes]], concurrency: int, latency: float) -> float:
    """Seconds `upload_and_ingest` of `files` takes at `concurrency`, against a fresh fake."""
    proc, url, key = start_server(latency)
    try:
        with H2OGPTE(address=url, api_key=key) as client:
            collection = client.collections.create_collection(name=f"bulk {concurrency}", description="bench")
            start = time.perf_counter()
            result = client.upload_and_ingest(collection.id, files, concurrency=concurrency, poll_interval=0.05)
            took = time.perf_counter() - start
            if len(result.documents) != len(files):
                raise SystemExit(f"concurrency {concurrency}: {len(result.documents)} documents")
            return took
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(30)


if __name__ == "__main__":
    main()
