"""The `h2ogpte-ext` console script, run as a subprocess against the fake server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from h2ogpte_ext.testing import FakeH2OGPTE

SCRIPT = str(Path(sys.executable).with_name("h2ogpte-ext"))


def h2ogpte_ext(
    *args: str, server: FakeH2OGPTE | None = None, key: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("H2OGPTE_")}
    if server is not None:
        env |= {"H2OGPTE_ADDRESS": server.url, "H2OGPTE_API_KEY": key or server.api_key}
    return subprocess.run([SCRIPT, *args], capture_output=True, text=True, env=env, timeout=120)


def _collection(server: FakeH2OGPTE) -> str:
    response = httpx.post(
        f"{server.url}/api/v1/collections",
        json={"name": "cli", "description": "d"},
        headers={"Authorization": f"Bearer {server.api_key}"},
    )
    return str(response.json()["id"])


def test_health(fake_h2ogpte: FakeH2OGPTE) -> None:
    done = h2ogpte_ext("health", server=fake_h2ogpte)
    assert (done.returncode, done.stdout.strip()) == (0, "ready (HTTP 200), live (HTTP 200)")
    as_json = json.loads(h2ogpte_ext("--json", "health", server=fake_h2ogpte).stdout)
    assert as_json == {"readiness": 200, "liveness": 200, "ok": True}
    fake_h2ogpte.faults.add(path="/rpc/health/liveness", status=503)
    assert h2ogpte_ext("health", server=fake_h2ogpte).returncode == 1


def test_ingest_agent_and_download(fake_h2ogpte: FakeH2OGPTE, tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.csv").write_text("a,b\n1,2\n")
    (tmp_path / "b.txt").write_text("notes")
    collection_id = _collection(fake_h2ogpte)
    ingested = h2ogpte_ext(
        "--json", "ingest", collection_id, str(tmp_path / "docs"), str(tmp_path / "b.txt"), server=fake_h2ogpte
    )
    assert ingested.returncode == 0, ingested.stderr
    result = json.loads(ingested.stdout)
    assert result["job"]["overall_status"] == "completed"
    assert sorted(d["name"] for d in result["documents"]) == ["a.csv", "b.txt"]

    agent = h2ogpte_ext(
        "agent", "Save the totals as 'totals.csv'", "--stream", "--download", str(tmp_path / "out"), server=fake_h2ogpte
    )
    assert agent.returncode == 0, agent.stderr
    assert "totals.csv" in agent.stdout and (tmp_path / "out" / "totals.csv").read_text().startswith("item,value")

    run = json.loads(h2ogpte_ext("--json", "agent", "Write 'plan.md'", server=fake_h2ogpte).stdout)
    assert [f["name"] for f in run["files"]] == ["plan.md"]
    fetched = h2ogpte_ext("download", run["message_id"], str(tmp_path / "again"), server=fake_h2ogpte)
    assert fetched.returncode == 0 and (tmp_path / "again" / "plan.md").exists()
    assert h2ogpte_ext("download", run["message_id"], str(tmp_path / "again"), server=fake_h2ogpte).returncode == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("ingest", "c", "missing.csv"), "error: nothing was uploaded: no such file: missing.csv"),
        (("download", "no-such-message", "out"), "error: 404 message 'no-such-message' not found"),
    ],
)
def test_errors_are_one_line_with_exit_code_1(
    fake_h2ogpte: FakeH2OGPTE, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    done = h2ogpte_ext(*args, server=fake_h2ogpte)
    assert done.returncode == 1
    assert done.stderr.strip().startswith(message) and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


def test_debug_shows_the_traceback_and_the_key_is_never_printed(fake_h2ogpte: FakeH2OGPTE) -> None:
    wrong = "sk-wrong-secret-key"
    done = h2ogpte_ext("--debug", "agent", "hi", server=fake_h2ogpte, key=wrong)
    assert done.returncode == 1
    assert "Traceback" in done.stderr and "error: 401" in done.stderr
    assert wrong not in done.stdout + done.stderr
    shown = h2ogpte_ext("--help")
    assert shown.returncode == 0 and fake_h2ogpte.api_key not in shown.stdout


def test_missing_settings_and_usage_errors() -> None:
    missing = h2ogpte_ext("health")
    assert missing.returncode == 1 and "H2OGPTE_ADDRESS" in missing.stderr
    assert h2ogpte_ext("no-such-command").returncode == 2
    assert h2ogpte_ext("ingest").returncode == 2


def test_fake_server_command() -> None:
    proc = subprocess.Popen(
        [SCRIPT, "fake-server", "--port", "0", "--api-key", "sk-x"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip().removeprefix("listening on ")
        assert httpx.get(f"{url}/rpc/health/readiness").status_code == 200
    finally:
        proc.terminate()
        proc.wait(10)
