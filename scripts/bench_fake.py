"""How fast the fake h2oGPTe is to test against (`nox -s bench`), each figure beside its anchor and its target,
then the run's verdict:

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

The anchor is the fake as it was before it served the vendor's high-level client (`ANCHOR`, a commit: no
`/rpc/meta`, no `/rpc/fs` uploads, no `/ws` chat websocket, no structured answers), its `h2ogpte_ext` and
`generated` taken from git into a temporary folder; `--anchor REF` measures another, `--anchor none` none. Both
are measured in the same run, turn by turn (a cold start of one, then of the other; a round of requests to one
server, then to the other, both running), so that what else the machine does touches both alike; the ratio
says what the code at hand costs next to it. A figure more than 15 % worse than its anchor (and by more than
the noise of a shared machine: 30 ms of a cold start, 5 ms of a start, 1 ms of a reset) is named in the verdict,
as a missed target is.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import httpx
from bench_client import cpu_seconds  # a sibling script (python scripts/bench_fake.py)
from bench_record import record

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
import h2ogpte_ext
print(listening, answered, h2ogpte_ext.__file__)
connection.close()
server.stop()
assert not server.state.violations, server.state.violations
"""
RUNS = 9
REQUESTS = 2000
ROUNDS = 4
TARGET_START = 0.5
TARGET_RESET = 0.010
TARGET_RATE = 1000
# A figure this many times worse than its anchor's is named in the verdict.
WORSE = 1.15
ROOT = Path(__file__).resolve().parent.parent
# main before the fake served the vendor's high-level client (GET /rpc/meta, PUT /rpc/fs, the /ws websocket).
ANCHOR = "cfb86ad4c5876893bbdc437af87e6733c4c3c87e"

Figures = dict[str, float]


def inside(tree: Path) -> dict[str, Any]:
    """How to run an interpreter that imports the `h2ogpte_ext` (and `h2ogpte_api`) of `tree`: there (`-c` and
    `-m` put the working directory first), with the tree on PYTHONPATH."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {"cwd": tree, "env": {**env, "PYTHONPATH": os.pathsep.join([str(tree), str(tree / "generated")])}}


def cold_starts(trees: dict[str, Path]) -> dict[str, Figures]:
    """Per tree, medians of (until listening, until the first validated answer), in seconds; runs take turns."""
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
    for turn in range(RUNS + 1):
        for name, tree in trees.items():
            command = [sys.executable, "-c", COLD]
            out = subprocess.run(command, capture_output=True, text=True, check=True, **inside(tree)).stdout
            listening, answered, module = out.strip().splitlines()[-1].split()
            assert Path(module).is_relative_to(tree), f"{name}: imported {module}, not the one in {tree}"
            if turn > 0:  # the first run of each writes its bytecode
                runs[name].append((float(listening), float(answered)))
    return {
        name: {"listening": statistics.median(r[0] for r in found), "answered": statistics.median(r[1] for r in found)}
        for name, found in runs.items()
    }


def in_process() -> Figures:
    """Start in a running test session, and reset with a test's worth of state (`--in-process`: the figures
    of the `h2ogpte_ext` this interpreter imports)."""
    from h2ogpte_ext.testing import FakeH2OGPTE

    FakeH2OGPTE().start().stop()  # the spec and validators loaded once, as in a test session
    starts = []
    for _ in range(RUNS):
        started = time.perf_counter()
        server = FakeH2OGPTE().start()
        starts.append(time.perf_counter() - started)
        server.stop()
    resets = []
    with FakeH2OGPTE() as server:
        headers = {"Authorization": f"Bearer {server.api_key}"}
        with httpx.Client(base_url=server.url, headers=headers) as client:
            for _ in range(RUNS * 3):
                _populate(client)
                started = time.perf_counter()
                server.reset()
                resets.append(time.perf_counter() - started)
    return {"warm": statistics.median(starts), "reset": statistics.median(resets)}


def _populate(client: httpx.Client) -> None:
    for i in range(20):
        collection = client.post("/api/v1/collections", json={"name": f"c{i}", "description": "d"}).json()
        upload = client.put("/api/v1/uploads", files={"file": (f"f{i}.txt", b"x" * 1000)}).json()
        client.post(f"/api/v1/uploads/{upload['id']}/ingest", params={"collection_id": collection["id"]})
        session = client.post("/api/v1/chats", params={"collection_id": collection["id"]}).json()
        client.post(f"/api/v1/chats/{session['id']}/completions", json={"message": f"Save 'r{i}.csv'"})


def warm_starts_and_resets(trees: dict[str, Path]) -> dict[str, Figures]:
    """Per tree, the medians of `in_process` run in ROUNDS interpreters of its own, taking turns."""
    runs: dict[str, list[Figures]] = {name: [] for name in trees}
    for _ in range(ROUNDS):
        for name, tree in trees.items():
            command = [sys.executable, str(Path(__file__).resolve()), "--in-process"]
            out = subprocess.run(command, capture_output=True, text=True, check=True, **inside(tree)).stdout
            runs[name].append(json.loads(out.strip().splitlines()[-1]))
    return {
        name: {k: statistics.median(r[k] for r in found) for k in ("warm", "reset")} for name, found in runs.items()
    }


@contextmanager
def serving(tree: Path) -> Iterator[tuple[str, int]]:
    """`python -m h2ogpte_ext.testing` of `tree`, in a process of its own (clients do not share its GIL)."""
    command = [sys.executable, "-m", "h2ogpte_ext.testing", "--port", "0", "--api-key", "sk-bench"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, **inside(tree)) as proc:
        try:
            assert proc.stdout is not None
            yield proc.stdout.readline().strip().removeprefix("listening on "), proc.pid
        finally:
            proc.terminate()


def throughputs(trees: dict[str, Path]) -> dict[str, Figures]:
    """Per tree, with 1 and 4 keep-alive clients: the median requests/s over ROUNDS rounds, the servers taking
    turns, and the server's CPU seconds per request (NaN off Linux)."""
    found: dict[str, Figures] = {name: {} for name in trees}
    headers = {"Authorization": "Bearer sk-bench"}
    with ExitStack() as stack:
        servers = {name: stack.enter_context(serving(tree)) for name, tree in trees.items()}
        for workers in (1, 4):
            clients = {
                name: [stack.enter_context(httpx.Client(base_url=url, headers=headers)) for _ in range(workers)]
                for name, (url, _) in servers.items()
            }
            for each in clients.values():
                for client in each:
                    client.get("/api/v1/models").raise_for_status()
            rates: dict[str, list[float]] = {name: [] for name in trees}
            cpu: dict[str, float] = dict.fromkeys(trees, 0.0)
            for _ in range(ROUNDS):
                for name, (_, pid) in servers.items():
                    before = cpu_seconds(pid)
                    rates[name].append(_round(clients[name], workers))
                    after = cpu_seconds(pid)
                    cpu[name] += (after - before) if before is not None and after is not None else float("nan")
            for name in trees:
                sent = (REQUESTS // workers) * workers * ROUNDS
                found[name][f"rate{workers}"] = statistics.median(rates[name])
                found[name][f"cpu{workers}"] = cpu[name] / sent
    return found


def _round(clients: list[httpx.Client], workers: int) -> float:
    def run(client: httpx.Client) -> None:
        for _ in range(REQUESTS // workers):
            client.get("/api/v1/models").raise_for_status()

    started = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(run, clients))
    return (REQUESTS // workers) * workers / (time.perf_counter() - started)


def checkout(ref: str, folder: Path) -> Path | None:
    """`h2ogpte_ext` and `generated` of a commit, written below `folder`; None when git cannot give them."""
    done = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref, "h2ogpte_ext", "generated"], capture_output=True, check=False
    )
    if done.returncode != 0:
        print(f"(the anchor {ref} is not measured: {done.stderr.decode(errors='replace').strip()})")
        return None
    folder.mkdir(parents=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=done.stdout, check=True)
    return folder


def seconds(value: float) -> str:
    return f"{value:.3f} s"


def milliseconds(value: float) -> str:
    return f"{value * 1000:.2f} ms"


def per_second(value: float) -> str:
    return f"{value:.0f} req/s"


def microseconds(value: float) -> str:
    return f"{value * 1e6:.0f} µs"


def below(limit: float) -> Callable[[float], bool]:
    return lambda value: value < limit


# Each figure: its label, key, format, target (text and test; None: no target), whether more is better, and the
# least difference from its anchor that counts as worse: below it, a shared machine's noise (a few ms of a start
# that takes ten) would be named as a regression.
Row = tuple[str, str, Callable[[float], str], tuple[str, Callable[[float], bool]] | None, bool, float]
ROWS: list[Row] = [
    ("cold start until listening", "listening", seconds, ("< 0.5 s", below(TARGET_START)), False, 0.03),
    ("cold start until the first validated answer", "answered", seconds, ("< 0.5 s", below(TARGET_START)), False, 0.03),
    ("start, in a running test session", "warm", milliseconds, ("< 0.5 s", below(TARGET_START)), False, 0.005),
    (
        "reset, holding 20 collections, documents, chats",
        "reset",
        milliseconds,
        ("< 10 ms", below(TARGET_RESET)),
        False,
        0.001,
    ),
    ("GET /api/v1/models, 1 keep-alive client", "rate1", per_second, (">= 1000", lambda v: v >= TARGET_RATE), True, 0),
    ("  the server's CPU per request", "cpu1", microseconds, None, False, 0),
    ("GET /api/v1/models, 4 keep-alive clients", "rate4", per_second, (">= 1000", lambda v: v >= TARGET_RATE), True, 0),
    ("  the server's CPU per request", "cpu4", microseconds, None, False, 0),
]


def report(now: Figures, anchor: Figures | None, ref: str) -> None:
    """Each figure, its anchor's and the ratio, and its target; then the verdict, which names every target
    missed and every figure more than WORSE times worse than its anchor's (and by more than its row's floor)."""
    missed: list[str] = []
    described = f"{ref[:12]}, the fake before it served the vendor's client" if anchor is not None else "none"
    print(f"fake h2oGPTe (medians; the anchor: {described}):")
    beside = f"  {'anchor':>12}  {'ratio':>6}" if anchor is not None else ""
    print(f"  {'':<50} {'now':>12}{beside}  target")
    for label, key, shown, target, more_is_better, floor in ROWS:
        value = now[key]
        cells = f"  {label:<50} {shown(value):>12}"
        if anchor is not None:
            base = anchor[key]
            ratio = value / base if base else float("nan")
            cells += f"  {shown(base):>12}  {ratio:5.2f}x"
            if (1 / ratio if more_is_better else ratio) > WORSE and abs(value - base) > floor:
                missed.append(f"{label.strip()} {ratio:.2f}x its anchor")
        met = None
        if target is not None:
            met = target[1](value)
            cells += f"  [{target[0]}] {'ok' if met else 'MISSED'}"
            if not met:
                missed.append(label.strip())
        print(cells)
        if target is not None:
            base_text = f"{shown(anchor[key])} ({ref[:12]})" if anchor is not None else "not measured"
            ratio_text = f"{value / anchor[key]:.2f}x" if anchor is not None and anchor[key] else ""
            record(f"the fake: {label.strip()}", shown(value), base_text, ratio_text, target[0], met)
    print(f"verdict: {'every target met' if not missed else 'missed: ' + '; '.join(missed)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--anchor", default=ANCHOR, help="the commit measured beside the code at hand (none: none)")
    parser.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)  # warm start and reset, JSON
    args = parser.parse_args()
    if args.in_process:
        print(json.dumps(in_process()))
        return
    with tempfile.TemporaryDirectory(prefix="bench-fake-") as temporary:
        anchor = None if args.anchor == "none" else checkout(args.anchor, Path(temporary) / "anchor")
        trees = {"now": ROOT, **({"anchor": anchor} if anchor is not None else {})}
        figures: dict[str, Figures] = {name: {} for name in trees}
        for measured in (cold_starts(trees), warm_starts_and_resets(trees), throughputs(trees)):
            for name, found in measured.items():
                figures[name].update(found)
    report(figures["now"], figures.get("anchor"), args.anchor)


if __name__ == "__main__":
    main()
