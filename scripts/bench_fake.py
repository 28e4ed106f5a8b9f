"""How fast the fake h2oGPTe is to test against (`nox -s bench`), each figure beside its target, then the
run's verdict:

- cold start: a fresh interpreter until `FakeH2OGPTE().start()` returns (imports and the spec included, as
  the first test of a session pays), and until its first answer to a validated request (GET
  /api/v1/models, checked both ways: the validator's imports and set-up happen there); target < 0.5 s each.
  Bytecode is cached first, as an installed package has it (with PYTHONDONTWRITEBYTECODE set, every run
  would compile the package's own sources again);
- start in a running test session (target < 0.5 s), and reset with a test's worth of state (< 10 ms);
- throughput: simple requests (GET /api/v1/models, validated both ways) to `python -m
  h2ogpte_ext.testing` over keep-alive connections, one client and four concurrent ones (>= 1,000
  requests/s), with the server's CPU time per request (Linux) beside them: that one does not depend on
  what else the machine is running.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
from bench_client import cpu_seconds  # a sibling script (python scripts/bench_fake.py)

from h2ogpte_ext.testing import FakeH2OGPTE

# The first request goes through the standard library's http.client: a client's own set-up (an
# httpx.Client builds a TLS context, ~30 ms) is not the fake's.
COLD = """
import time
started = time.perf_counter()
from h2ogpte_ext.testing import FakeH2OGPTE
server = FakeH2OGPTE().start()
listening = time.perf_counter() - started
import http.client
host, port = server.url.removeprefix("http://").split(":")
connection = http.client.HTTPConnection(host, int(port))
connection.request("GET", "/api/v1/models", headers={"Authorization": "Bearer " + server.api_key})
response = connection.getresponse()
body = response.read()
answered = time.perf_counter() - started
assert response.status == 200, body
print(listening, answered)
connection.close()
server.stop()
assert not server.state.violations, server.state.violations
"""
RUNS = 7
REQUESTS = 2000
ROUNDS = 3
TARGET_START = 0.5
TARGET_RESET = 0.010
TARGET_RATE = 1000


def cold_start() -> tuple[float, float]:
    """Medians of (until listening, until the first validated answer), in seconds."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", COLD], capture_output=True, check=True, env=env)  # writes bytecode
    runs = []
    for _ in range(RUNS):
        out = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True).stdout
        listening, answered = out.strip().splitlines()[-1].split()
        runs.append((float(listening), float(answered)))
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


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
    for _ in range(RUNS * 3):
        _populate(client)
        started = time.perf_counter()
        server.reset()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def throughput(url: str, api_key: str, workers: int, pid: int) -> tuple[float, float | None]:
    """Median requests/s over ROUNDS rounds, and the server's CPU seconds per request (None off Linux)."""
    headers = {"Authorization": f"Bearer {api_key}"}
    clients = [httpx.Client(base_url=url, headers=headers) for _ in range(workers)]

    def run(client: httpx.Client) -> None:
        for _ in range(REQUESTS // workers):
            client.get("/api/v1/models").raise_for_status()

    for client in clients:
        client.get("/api/v1/models").raise_for_status()
    rates = []
    cpu_before = cpu_seconds(pid)
    for _ in range(ROUNDS):
        started = time.perf_counter()
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(run, clients))
        rates.append((REQUESTS // workers) * workers / (time.perf_counter() - started))
    cpu_after = cpu_seconds(pid)
    for client in clients:
        client.close()
    cpu = None
    if cpu_before is not None and cpu_after is not None:
        cpu = (cpu_after - cpu_before) / ((REQUESTS // workers) * workers * ROUNDS)
    return statistics.median(rates), cpu


MISSED: list[str] = []


def line(label: str, value: str, target: str, met: bool | None) -> None:
    mark = "" if met is None else ("  ok" if met else "  MISSED")
    if met is False:
        MISSED.append(label)
    print(f"  {label:<58} {value:>12}  [{target}]{mark}")


def main() -> None:
    print("fake h2oGPTe (medians; targets in brackets):")
    listening, answered = cold_start()
    line("cold start until listening", f"{listening:.3f} s", "< 0.5 s", listening < TARGET_START)
    line("cold start until the first validated answer", f"{answered:.3f} s", "< 0.5 s", answered < TARGET_START)
    warm = warm_start()
    line("start, in a running test session", f"{warm:.3f} s", "< 0.5 s", warm < TARGET_START)
    with FakeH2OGPTE() as server:
        headers = {"Authorization": f"Bearer {server.api_key}"}
        with httpx.Client(base_url=server.url, headers=headers) as client:
            reset = reset_seconds(server, client)
    line("reset, holding 20 collections, documents, chats", f"{reset * 1000:.2f} ms", "< 10 ms", reset < TARGET_RESET)
    # The server in a process of its own, as `python -m h2ogpte_ext.testing`: clients do not share its GIL.
    command = [sys.executable, "-m", "h2ogpte_ext.testing", "--port", "0", "--api-key", "sk-bench"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as proc:
        try:
            assert proc.stdout is not None
            url = proc.stdout.readline().strip().removeprefix("listening on ")
            for workers in (1, 4):
                rate, cpu = throughput(url, "sk-bench", workers, proc.pid)
                label = f"GET /api/v1/models, {workers} keep-alive client(s)"
                line(label, f"{rate:.0f} req/s", ">= 1000", rate >= TARGET_RATE)
                if cpu is not None:
                    line("  the server's CPU per request", f"{cpu * 1e6:.0f} µs", "no target", None)
        finally:
            proc.terminate()
    print(f"verdict: {'every target met' if not MISSED else 'missed: ' + '; '.join(MISSED)}")


if __name__ == "__main__":
    main()
