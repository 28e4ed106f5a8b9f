"""Big files: upload and download through the helpers versus raw streamed httpx, side by side.

Each transfer runs in a fresh process that reports its wall time, its CPU time (user and system) and its
peak RSS growth. The server is the bench's own (not the fake, which refuses bodies over 1 GiB and is slower
than the client): a threaded loopback HTTP server in a process of its own, on its own core where there are
two, that drops upload bodies and sends downloads with sendfile. Before each measured transfer both sides do
the same transfer of a 1 KiB file, so neither counts imports or connecting, and neither leaves extra dirty
pages in the page cache for the other to pay for. Rounds interleave ours and raw (alternating who goes
first); each round gives one ratio, and the median and the range of the rounds are printed. The system
time of a round swings by half on a shared virtual machine (the same syscalls, counted by strace, for ours
and raw), so 11 rounds by default. Targets: <= 64 MiB RSS growth each, client CPU per GiB <= 1.1x raw
httpx's each way.

    python scripts/bench_files.py --size-mib 1024 --repeat 11
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_client import KEY, cpu_seconds
from bench_record import record

CHUNK = 1 << 20
WARM_UP = "warm-up"  # the document id the server answers with a small file


def rss_mib() -> float:
    with Path("/proc/self/status").open() as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def reset_peak_rss() -> float:
    """Start counting the peak resident size afresh (Linux: VmHWM); returns the resident size now."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    return rss_mib()


def peak_rss_mib() -> float:
    """The peak resident size since `reset_peak_rss` (Linux), else since the process started."""
    with contextlib.suppress(OSError), Path("/proc/self/status").open() as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- the bench's own server -----------------------------------------------------------------------------


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    file: Path
    documents: list[dict[str, object]]
    uploads: dict[str, str]


class _Handler(BaseHTTPRequestHandler):
    """Just enough of h2oGPTe for `upload_and_ingest` and `download_file`, at memory speed: an upload's body
    is read into one reused buffer and dropped, a download is `sendfile` of the bench's file (from the page
    cache, no copy through Python), a job is complete at once. Its own CPU stays far below the client's (the
    bench prints it)."""

    protocol_version = "HTTP/1.1"  # keep-alive, as the real server
    disable_nagle_algorithm = True  # headers and a small body go out at once
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _json(self, status: int, body: object) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _body(self) -> bytes:
        """Read and drop the request body; returns its first 64 KiB (where a multipart part's name is)."""
        length = int(self.headers.get("Content-Length") or 0)
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            raise NotImplementedError("chunked request bodies")  # httpx sends a file's length
        buffer = memoryview(bytearray(min(length, 4 << 20)))
        head = b""
        while length > 0:
            n = self.rfile.readinto(buffer[: min(length, len(buffer))])
            if not n:
                break
            head = head or bytes(buffer[: min(n, 1 << 16)])
            length -= n
        return head

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        parts = url.path.strip("/").split("/")
        if url.path == "/file" and query.get("id") == [WARM_UP]:
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", "1024")
            self.end_headers()
            self.wfile.write(b"w" * 1024)
        elif url.path == "/file":
            size = self.server.file.stat().st_size
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(size))
            self.end_headers()
            with self.server.file.open("rb") as source:
                try:
                    self.connection.sendfile(source)  # os.sendfile where there is one
                except ConnectionError:  # the client stopped reading
                    self.close_connection = True
        elif parts[:3] == ["api", "v1", "collections"] and len(parts) == 4:
            self._json(200, collection(parts[3]))
        elif parts[:3] == ["api", "v1", "collections"] and parts[4:] == ["documents"]:
            offset, limit = int(query.get("offset", ["0"])[0]), int(query.get("limit", ["100"])[0])
            self._json(200, self.server.documents[offset : offset + limit])
        elif parts[:3] == ["api", "v1", "jobs"]:
            self._json(200, job(parts[3], "completed"))
        else:
            self._json(404, {"message": f"not found: {url.path}"})

    def do_PUT(self) -> None:
        head = self._body()
        if self.path != "/api/v1/uploads":
            self._json(404, {"message": f"not found: {self.path}"})
            return
        found = re.search(rb'filename="([^"]*)"', head)
        upload_id = uuid.uuid4().hex
        self.server.uploads[upload_id] = found.group(1).decode() if found else "file"
        self._json(200, {"id": upload_id, "filename": self.server.uploads[upload_id]})

    def do_POST(self) -> None:
        self._body()
        parts = urlsplit(self.path).path.strip("/").split("/")
        if parts[:3] == ["api", "v1", "uploads"] and parts[4:] == ["ingest", "job"]:
            for upload_id in parts[3].split(","):
                name = self.server.uploads.pop(upload_id, "file")
                self.server.documents.append(document(uuid.uuid4().hex, name, self.server.file.stat().st_size))
            self._json(201, job(uuid.uuid4().hex, "queued"))
        elif parts == ["api", "v1", "collections"]:
            self._json(200, collection(uuid.uuid4().hex))
        else:
            self._json(404, {"message": f"not found: {self.path}"})


NOW = "2026-01-01T00:00:00+00:00"


def collection(collection_id: str) -> dict[str, object]:
    return {
        "id": collection_id,
        "name": "bench",
        "description": "big files",
        "embedding_model": "BAAI/bge-large-en-v1.5",
        "document_count": 0,
        "document_size": 0,
        "created_at": NOW,
        "updated_at": NOW,
        "user_count": 1,
        "is_public": False,
        "username": "bench",
        "sessions_count": 0,
        "status": "ok",
    }


def document(doc_id: str, name: str, size: int) -> dict[str, object]:
    return {
        "id": doc_id,
        "name": name,
        "username": "bench",
        "type": "bin",
        "size": size,
        "page_count": 1,
        "status": "completed",
        "created_at": NOW,
        "updated_at": NOW,
    }


def job(job_id: str, status: str) -> dict[str, object]:
    done = status == "completed"
    return {
        "id": job_id,
        "name": "Ingesting 1 file(s)",
        "overall_status": "completed" if done else "in progress",
        "status": status,
        "passed_percentage": 1.0 if done else 0.0,
        "failed_percentage": 0.0,
        "progress": 1.0 if done else 0.0,
        "created_at": NOW,
        "updated_at": NOW,
        "kind": "IngestUploadsJob",
        "statuses": [],
        "errors": [],
        "duration": "0s",
        "duration_seconds": 0.0,
        "files_total": 1,
        "files_failed": 0,
    }


def serve(file: Path) -> None:
    """Serve `file` as every document (in this process, until killed); print `listening on URL`."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.file, server.documents, server.uploads = file, [], {}
    print(f"listening on http://127.0.0.1:{server.server_address[1]}", flush=True)
    server.serve_forever()


def start_server(file: Path) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen([sys.executable, __file__, "--serve", str(file)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if not line.startswith("listening on "):
        proc.kill()
        raise SystemExit(f"the bench's server did not start: {line!r}")
    return proc, line.removeprefix("listening on ")


def transfer(kind: str, url: str, path: Path, target: Path, collection_id: str, doc_id: str) -> dict[str, float]:
    """One measured transfer, in this (fresh) process."""
    from h2ogpte_ext import H2OGPTE

    client = H2OGPTE(address=url, api_key=KEY)
    raw = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {KEY}"}, timeout=600)

    def once(source: Path, doc: str, out: Path) -> None:
        if kind == "upload ours":
            client.upload_and_ingest(collection_id, [source], poll_interval=0.05)
        elif kind == "upload raw":  # what the generated upload sends: one multipart PUT, the file streamed
            with source.open("rb") as handle:
                raw.put("/api/v1/uploads", files={"file": (source.name, handle)}).raise_for_status()
        elif kind == "download ours":
            client.download_file(doc, source.name, out)
        else:  # streamed to a file as the network delivers it (httpx's default Accept-Encoding), no checks
            with out.open("wb") as file, raw.stream("GET", "/file", params={"id": doc, "name": source.name}) as r:
                r.raise_for_status()
                for chunk in r.iter_bytes():
                    file.write(chunk)

    # The same transfer of a small file first, unmeasured: per GiB counts what each further byte costs, not
    # the first call's one-off imports and connection (in a fresh process each of them loads its modules once).
    small = path.with_name("warm-up.bin")
    small.write_bytes(b"w" * 1024)
    once(small, WARM_UP, target.with_name(f"warm-up-{os.getpid()}.out"))
    before = reset_peak_rss()
    start, times = time.perf_counter(), os.times()
    once(path, doc_id, target)
    seconds, after = time.perf_counter() - start, os.times()
    user, system = after.user - times.user, after.system - times.system
    if kind.startswith("download") and target.stat().st_size != path.stat().st_size:
        raise SystemExit(f"{kind}: {target.stat().st_size} bytes written, {path.stat().st_size} expected")
    growth = max(0.0, peak_rss_mib() - before)
    return {"seconds": seconds, "cpu": user + system, "user": user, "system": system, "rss_growth_mib": growth}


def spread(values: list[float]) -> str:
    return f"[{min(values):.2f} - {max(values):.2f}]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--repeat", type=int, default=11, help="rounds of each transfer (medians reported)")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--args", help=argparse.SUPPRESS)
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(Path(args.serve))
        return
    if args.one:
        url, path, target, collection_id, doc_id = json.loads(args.args)
        print(json.dumps(transfer(args.one, url, Path(path), Path(target), collection_id, doc_id)))
        return

    with tempfile.TemporaryDirectory(prefix="h2ogpte-bench-") as tmp:
        path = Path(tmp) / "big.bin"
        with path.open("wb") as out:
            block = os.urandom(CHUNK)
            for _ in range(args.size_mib):
                out.write(block)
        proc, url = start_server(path)
        cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
        if len(cpus) > 1:  # the server and the measured clients each on a core of their own
            os.sched_setaffinity(proc.pid, cpus[1:])
            os.sched_setaffinity(0, cpus[:1])
        try:
            api = httpx.Client(base_url=f"{url}/api/v1", headers={"Authorization": f"Bearer {KEY}"}, timeout=600)
            collection_id = api.post("/collections", json={"name": "bench", "description": "big files"}).json()["id"]

            def run(kind: str, doc_id: str = "") -> dict[str, float]:
                if hasattr(os, "sync"):  # no write-back of an earlier run's file competes with this one
                    os.sync()
                payload = json.dumps([url, str(path), str(Path(tmp) / "out.bin"), collection_id, doc_id])
                server_cpu = cpu_seconds(proc.pid)
                out = subprocess.run(
                    [sys.executable, __file__, "--one", kind, "--args", payload],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                result: dict[str, float] = json.loads(out.stdout)
                after = cpu_seconds(proc.pid)  # warm-up and start-up included; not known off Linux
                result["server_cpu"] = after - server_cpu if after is not None and server_cpu is not None else math.nan
                (Path(tmp) / "out.bin").unlink(missing_ok=True)
                return result

            # Rounds alternate which goes first, so caches and drift favour neither; ratios are per round.
            runs: dict[str, list[dict[str, float]]] = {}
            for i in range(args.repeat):
                for kind in ("upload raw", "upload ours")[:: 1 if i % 2 == 0 else -1]:
                    runs.setdefault(kind, []).append(run(kind))
            documents = api.get(f"/collections/{collection_id}/documents").json()
            doc_id = next(d["id"] for d in documents if d["name"] == path.name)
            for i in range(args.repeat):
                for kind in ("download raw", "download ours")[:: 1 if i % 2 == 0 else -1]:
                    runs.setdefault(kind, []).append(run(kind, doc_id))
        finally:
            proc.terminate()
            proc.wait(10)

    size = args.size_mib
    print(
        f"{size} MiB, {args.repeat} interleaved rounds (median, [min - max]); the bench's own server (sendfile out,"
        " uploads dropped) in its own process and core; each transfer a fresh client process"
    )
    median = statistics.median
    for kind, measured in runs.items():
        per_gib = [r["cpu"] * 1024 / size for r in measured]
        rss = [r["rss_growth_mib"] for r in measured]
        user, system = (median(r[key] * 1024 / size for r in measured) for key in ("user", "system"))
        print(
            f"{kind:14} client CPU {median(per_gib):5.2f} s/GiB {spread(per_gib):15}"
            f" (user {user:4.2f}, system {system:4.2f})"
            f"  {size / median(r['seconds'] for r in measured):6.0f} MiB/s"
            f"  server CPU {median(r['server_cpu'] for r in measured) * 1024 / size:4.2f} s/GiB"
            f"  peak RSS growth {median(rss):5.1f} MiB (max {max(rss):.1f}; target <= 64)"
        )
    for direction in ("upload", "download"):
        ours, raw = runs[f"{direction} ours"], runs[f"{direction} raw"]
        ratios = [o["cpu"] / r["cpu"] for o, r in zip(ours, raw, strict=True)]
        verdict = "ok" if median(ratios) <= 1.10 else "OVER"
        record(
            f"{direction} of {size} MiB, client CPU per GiB",
            f"{median(o['cpu'] for o in ours) * 1024 / size:.2f} s",
            f"raw httpx: {median(r['cpu'] for r in raw) * 1024 / size:.2f} s",
            f"{median(ratios):.2f}x",
            "<= 1.10x",
            median(ratios) <= 1.10,
        )
        growth = max(o["rss_growth_mib"] for o in ours)
        record(
            f"{direction} of {size} MiB, the client's peak memory growth (largest of the rounds)",
            f"{growth:.1f} MiB",
            f"raw httpx: {max(r['rss_growth_mib'] for r in raw):.1f} MiB",
            "",
            "<= 64 MiB",
            growth <= 64,
        )
        print(
            f"{direction}: helpers' client CPU per GiB {median(ratios):.2f}x raw httpx's {spread(ratios)}"
            f" (target <= 1.10x: {verdict})"
        )


if __name__ == "__main__":
    main()
