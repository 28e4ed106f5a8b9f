"""Big files: upload and download through the helpers versus raw streamed httpx, side by side.

Each transfer runs in a fresh process that reports its wall time, its CPU time and its peak RSS growth; the
fake server runs in a process of its own (on its own core where there are two). The wall time depends on
the fake's own speed; the client's CPU seconds per GiB do not. Targets: <= 64 MiB RSS growth each, client
CPU per GiB <= 1.1x raw httpx's each way.

    python scripts/bench_files.py --size-mib 1024
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_client import KEY, start_server

CHUNK = 1 << 20


def rss_mib() -> float:
    with Path("/proc/self/status").open() as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def transfer(kind: str, url: str, path: Path, target: Path, collection_id: str, doc_id: str) -> dict[str, float]:
    """One measured transfer, in this (fresh) process."""
    from h2ogpte_ext import H2OGPTE

    client = H2OGPTE(address=url, api_key=KEY)
    raw = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {KEY}"}, timeout=600)
    # The same transfer of a small file first, unmeasured: per GiB counts what each further byte costs, not
    # the first call's one-off imports (in a fresh process each of them loads its modules once).
    small = path.with_name("warm-up.bin")
    small.write_bytes(b"w" * 1024)
    if kind == "upload ours":
        client.upload_and_ingest(collection_id, [small], poll_interval=0.05)
    elif kind == "upload raw":
        with small.open("rb") as handle:
            raw.put("/api/v1/uploads", files={"file": (small.name, handle)}).raise_for_status()
    elif kind == "download ours":
        client.download_file(doc_id, path.name, target.with_name("warm-up.out"), overwrite=True)
    else:
        with raw.stream("GET", "/file", params={"id": doc_id, "name": path.name}) as warm:
            next(warm.iter_bytes())
    before = rss_mib()
    start, cpu = time.perf_counter(), time.process_time()
    if kind == "upload ours":
        client.upload_and_ingest(collection_id, [path], poll_interval=0.05)
    elif kind == "upload raw":
        with path.open("rb") as handle:
            raw.put("/api/v1/uploads", files={"file": (path.name, handle)}).raise_for_status()
    elif kind == "download ours":
        client.download_file(doc_id, path.name, target)
    else:
        with target.open("wb") as out, raw.stream("GET", "/file", params={"id": doc_id, "name": path.name}) as r:
            r.raise_for_status()
            for chunk in r.iter_bytes():  # as the network delivers it, as download_file does
                out.write(chunk)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    if kind.startswith("download") and target.stat().st_size != path.stat().st_size:
        raise SystemExit(f"{kind}: {target.stat().st_size} bytes written, {path.stat().st_size} expected")
    return {"seconds": seconds, "cpu": cpu, "rss_growth_mib": max(0.0, peak_rss_mib() - before)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each transfer (median reported)")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--args", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        url, path, target, collection_id, doc_id = json.loads(args.args)
        print(json.dumps(transfer(args.one, url, Path(path), Path(target), collection_id, doc_id)))
        return

    proc, url = start_server()
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    if len(cpus) > 1:  # the server and the measured clients each on a core of their own
        os.sched_setaffinity(proc.pid, cpus[1:])
        os.sched_setaffinity(0, cpus[:1])
    try:
        with tempfile.TemporaryDirectory(prefix="h2ogpte-bench-") as tmp:
            path = Path(tmp) / "big.bin"
            with path.open("wb") as out:
                block = os.urandom(CHUNK)
                for _ in range(args.size_mib):
                    out.write(block)
            api = httpx.Client(base_url=f"{url}/api/v1", headers={"Authorization": f"Bearer {KEY}"}, timeout=600)
            collection_id = api.post("/collections", json={"name": "bench", "description": "big files"}).json()["id"]

            def run(kind: str, doc_id: str = "", target: str = "") -> dict[str, float]:
                payload = json.dumps([url, str(path), target or str(Path(tmp) / "out.bin"), collection_id, doc_id])
                out = subprocess.run(
                    [sys.executable, __file__, "--one", kind, "--args", payload],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                result: dict[str, float] = json.loads(out.stdout)
                (Path(tmp) / "out.bin").unlink(missing_ok=True)
                return result

            # Alternate which goes first, so caches and drift favour neither; keep the median of the runs.
            runs: dict[str, list[dict[str, float]]] = {}
            for i in range(args.repeat):
                for kind in ("upload raw", "upload ours")[:: 1 if i % 2 == 0 else -1]:
                    runs.setdefault(kind, []).append(run(kind))
            documents = api.get(f"/collections/{collection_id}/documents").json()
            doc_id = next(d["id"] for d in documents if d["name"] == path.name)
            for i in range(args.repeat):
                for kind in ("download raw", "download ours")[:: 1 if i % 2 == 0 else -1]:
                    runs.setdefault(kind, []).append(run(kind, doc_id))
            results = {
                kind: {key: statistics.median(r[key] for r in measured) for key in measured[0]}
                for kind, measured in runs.items()
            }
    finally:
        proc.terminate()
        proc.wait(10)

    size = args.size_mib
    print(f"{size} MiB, median of {args.repeat} runs; fake server in its own process, each transfer a fresh client")
    for kind, r in results.items():
        print(
            f"{kind:14} {size / r['seconds']:8.1f} MiB/s   client CPU {r['cpu'] * 1024 / size:6.2f} s/GiB"
            f"   peak RSS growth {r['rss_growth_mib']:6.1f} MiB"
        )
    for direction in ("upload", "download"):
        ours, raw = results[f"{direction} ours"], results[f"{direction} raw"]
        print(
            f"{direction}: helpers' client CPU {ours['cpu'] / raw['cpu']:.2f}x raw httpx's (target <= 1.10x); "
            f"throughput {raw['seconds'] / ours['seconds']:.0%} of raw"
        )


if __name__ == "__main__":
    main()
