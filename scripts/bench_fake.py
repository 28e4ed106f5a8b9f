"""How fast the fake h2oGPTe is to test against (`nox -s bench`), each figure beside its target:

- start: a new `FakeH2OGPTE` until it accepts connections, in a fresh interpreter (imports and the spec
  included, as the first test of a session pays) and again in the same process (target < 0.5 s);
- reset: `server.reset()` with a test's worth of state in it (target < 10 ms);
- throughput: simple requests (GET /api/v1/models, validated both ways) to `python -m
  h2ogpte_ext.testing` over keep-alive connections, one client and four concurrent ones
  (target >= 1,000 requests/s).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import httpx

from h2ogpte_ext.testing import FakeH2OGPTE

COLD = """
import time
started = time.perf_counter()
from h2ogpte_ext.testing import FakeH2OGPTE
server = FakeH2OGPTE().start()
print(time.perf_counter() - started)
server.stop()
"""
RUNS = 5
REQUESTS = 3000


def cold_start() -> float:
    runs = []
    for _ in range(RUNS):
        out = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True).stdout
        runs.append(float(out.strip().splitlines()[-1]))
    return statistics.median(runs)


def warm_start() -> float:
    FakeH2OGPTE().start().stop()  # the spec and validators loaded once, as in a test session
    runs = []
    for _ in range(RUNS):
        started = time.perf_counter()
        server = FakeH2OGPTE().start()
        runs.append(time.perf_counter() - started)
        server.stop()
    return statistics.median(runs)


def _populate(client: httpx.Client) -> None:
    for i in range(20):
        collection = client.post("/api/v1/collections", json={"name": f"c{i}", "description": "d"}).json()
        upload = client.put("/api/v1/uploads", files={"file": (f"f{i}.txt", b"x" * 1000)}).json()
        client.post(f"/api/v1/uploads/{upload['id']}/ingest", params={"collection_id": collection["id"]})
        session = client.post("/api/v1/chats", params={"collection_id": collection["id"]}).json()
        client.post(f"/api/v1/chats/{session['id']}/completions", json={"message": f"Save 'r{i}.csv'"})


def reset_seconds(server: FakeH2OGPTE, client: httpx.Client) -> float:
    runs = []
    for _ in range(RUNS * 4):
        _populate(client)
        started = time.perf_counter()
        server.reset()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def throughput(url: str, api_key: str, workers: int) -> float:
    headers = {"Authorization": f"Bearer {api_key}"}
    clients = [httpx.Client(base_url=url, headers=headers) for _ in range(workers)]

    def run(client: httpx.Client) -> None:
        for _ in range(REQUESTS // workers):
            client.get("/api/v1/models").raise_for_status()

    for client in clients:
        client.get("/api/v1/models")
    started = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(run, clients))
    elapsed = time.perf_counter() - started
    for client in clients:
        client.close()
    return (REQUESTS // workers) * workers / elapsed


def line(label: str, value: str, target: str) -> None:
    print(f"  {label:<48} {value:>12}  [{target}]")


def main() -> None:
    print("fake h2oGPTe (medians; targets in brackets):")
    line("start, in a fresh interpreter (imports + spec)", f"{cold_start():.3f} s", "< 0.5 s")
    line("start, in a running test session", f"{warm_start():.3f} s", "< 0.5 s")
    with FakeH2OGPTE() as server:
        headers = {"Authorization": f"Bearer {server.api_key}"}
        with httpx.Client(base_url=server.url, headers=headers) as client:
            line(
                "reset, holding 20 collections, documents, chats",
                f"{reset_seconds(server, client) * 1000:.2f} ms",
                "< 10 ms",
            )
    # The server in a process of its own, as `python -m h2ogpte_ext.testing`: clients do not share its GIL.
    command = [sys.executable, "-m", "h2ogpte_ext.testing", "--port", "0", "--api-key", "sk-bench"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as proc:
        try:
            assert proc.stdout is not None
            url = proc.stdout.readline().strip().removeprefix("listening on ")
            for workers in (1, 4):
                rate = throughput(url, "sk-bench", workers)
                line(f"GET /api/v1/models, {workers} keep-alive client(s)", f"{rate:.0f} req/s", ">= 1000")
        finally:
            proc.terminate()


if __name__ == "__main__":
    main()
