"""The fake as a server: health probes and keys, every operation routed, the command line, a failure of the fake
surfacing in the test, and importing the SDK without the fake's dependencies."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from h2ogpte_ext.testing import FakeH2OGPTE, handled_operations, handlers, simulated_operations
from h2ogpte_ext.testing._state import HANDLERS, Blob
from tests.spec_tools import operations

pytestmark = pytest.mark.e2e

CSV = b"product,revenue\nWidget A,12500\nWidget B,8300\n"


def _new_collection(http: httpx.Client, name: str = "demo") -> dict[str, Any]:
    response = http.post("/api/v1/collections", json={"name": name, "description": "test"})
    assert response.status_code == 201, response.text
    return dict(response.json())


def _upload(http: httpx.Client, name: str = "sales.csv", data: bytes = CSV) -> str:
    response = http.put("/api/v1/uploads", files={"file": (name, data, "text/csv")})
    assert response.status_code == 200, response.text
    assert response.json()["filename"] == name
    return str(response.json()["id"])


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_the_command_line_server_removes_its_folder_when_stopped(tmp_path: Path, signum: int) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "h2ogpte_ext.testing", "--port", "0", "--api-key", "sk-cli"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1", "TMPDIR": str(tmp_path)},
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip().removeprefix("listening on ")
        headers = {"Authorization": "Bearer sk-cli"}
        big = b"kept on disk" * 100_000  # past what the fake keeps in memory
        upload = httpx.put(f"{url}/api/v1/uploads", files={"file": ("a.txt", big)}, headers=headers)
        assert upload.status_code == 200
        (folder,) = tmp_path.iterdir()
        assert folder.name.startswith("fake-h2ogpte-") and any(folder.iterdir())
        proc.send_signal(signum)
        assert proc.wait(10) in (0, -signum)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    assert list(tmp_path.iterdir()) == []


def test_a_failure_of_the_fake_is_a_500_and_fails_the_test(monkeypatch: pytest.MonkeyPatch) -> None:
    from h2ogpte_ext.testing import _state

    async def broken(call: Any) -> Any:
        raise KeyError("a bug in a handler")

    monkeypatch.setitem(_state.HANDLERS, "list_models", broken)
    server = FakeH2OGPTE()
    with pytest.raises(AssertionError, match=r"GET /api/v1/models: the fake raised KeyError"), server:
        headers = {"Authorization": f"Bearer {server.api_key}"}
        response = httpx.get(f"{server.url}/api/v1/models", headers=headers)
        assert response.status_code == 500 and response.json()["code"] == 500


def test_health_probes_answer_without_a_key(fake_h2ogpte: FakeH2OGPTE) -> None:
    for probe in ("readiness", "liveness"):
        assert httpx.get(f"{fake_h2ogpte.url}/rpc/health/{probe}").status_code == 200


@pytest.mark.parametrize("path", ["/api/v1/collections", "/api/v1/models", "/file?id=x&name=y"])
def test_api_and_file_need_the_key(fake_h2ogpte: FakeH2OGPTE, path: str) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}):
        response = httpx.get(fake_h2ogpte.url + path, headers=headers)
        assert response.status_code == 401
        assert response.json()["code"] == 401
        assert response.json()["message"]


def test_an_issued_token_is_accepted_for_its_uses_then_refused(fake_h2ogpte: FakeH2OGPTE) -> None:
    token = fake_h2ogpte.issue_token(uses=2)
    forever = fake_h2ogpte.issue_token()
    bearer = {"Authorization": f"Bearer {token}"}
    paths = ["/api/v1/collections", "/openai_api/v1/models", "/api/v1/collections"]
    assert [httpx.get(fake_h2ogpte.url + p, headers=bearer).status_code for p in paths] == [200, 200, 401]
    models = f"{fake_h2ogpte.url}/api/v1/models"
    for _ in range(3):
        assert httpx.get(models, headers={"Authorization": f"Bearer {forever}"}).is_success
    assert httpx.get(models, headers={"Authorization": token}).status_code == 401
    assert httpx.get(models, headers={"Authorization": "Bearer tok-never"}).status_code == 401
    with pytest.raises(ValueError, match="uses"):
        fake_h2ogpte.issue_token(uses=-1)
    fake_h2ogpte.reset()
    assert fake_h2ogpte.state.tokens == {}
    assert httpx.get(models, headers={"Authorization": f"Bearer {forever}"}).status_code == 401


def test_every_operation_is_routed_and_none_answers_501(http: httpx.Client, figures: list[str]) -> None:
    response = http.get("/api/v1/prompt_templates")
    assert response.status_code == 200 and response.json() == []

    every = {op.operation_id for op in operations()}
    assert simulated_operations() == every
    assert handled_operations() < every
    figures.append(
        f"fake server: {len(every)} of {len(every)} operations answered "
        f"({len(handled_operations())} by a handler of their own, the rest from the spec)"
    )


def test_command_line_server_prints_one_line_and_serves() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "h2ogpte_ext.testing", "--port", "0", "--api-key", "sk-cli"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line.startswith("listening on http://127.0.0.1:")
        url = line.removeprefix("listening on ")
        assert httpx.get(f"{url}/rpc/health/liveness").status_code == 200
        assert httpx.get(f"{url}/api/v1/models", headers={"Authorization": "Bearer sk-cli"}).status_code == 200
    finally:
        proc.terminate()
        proc.wait(10)
        if proc.stdout is not None:
            proc.stdout.close()


def test_importing_the_sdk_does_not_import_the_fake_server_dependencies() -> None:
    code = (
        "import sys, h2ogpte_ext, h2ogpte_api.api.chat.get_completion\n"
        "fake = {'starlette', 'uvicorn', 'openapi_core', 'yaml'}\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in fake]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_crash_outside_the_api_routes_is_recorded(fake_h2ogpte: FakeH2OGPTE, http: httpx.Client) -> None:
    collection = _new_collection(http)
    http.post(f"/api/v1/uploads/{_upload(http)}/ingest", params={"collection_id": collection["id"]})
    (document,) = http.get(f"/api/v1/collections/{collection['id']}/documents").json()
    fake_h2ogpte.state.document_files[document["id"]] = Blob(fake_h2ogpte.workdir / "gone")  # a bug in the fake
    assert http.get("/file", params={"id": document["id"], "name": "a.csv"}).status_code == 500
    assert len(fake_h2ogpte.state.violations) == 1 and "GET /file: the fake raised" in fake_h2ogpte.state.violations[0]
    fake_h2ogpte.state.violations.clear()  # recorded as it should be: not a failure of this test


# The fake's test files beside those of its handler modules: one per concern that spans the tags.
CROSS_CUTTING = {
    "every_operation",
    "faults",
    "guide",
    "invariants",
    "limits",
    "our_workflows",
    "server",
    "state",
    "store",
    "validation",
}


def test_the_fakes_tests_mirror_its_modules() -> None:
    """One test file per handler tag (`tests/test_fake_<tag>.py` for `handlers/<tag>.py`), for every tag with a
    handler of its own; the other files are the cross-cutting ones and those of the vendor's client."""
    tags = {module.__name__.rsplit(".", 1)[1] for module in handlers.MODULES}
    files = {path.stem.removeprefix("test_fake_") for path in Path(__file__).parent.glob("test_fake_*.py")}
    handled = {HANDLERS[op].__module__.rsplit(".", 1)[1] for op in HANDLERS}
    assert handled <= files, f"tags with handlers and no test file: {sorted(handled - files)}"
    others = {f for f in files - tags if not f.startswith("vendor_")}
    assert others <= CROSS_CUTTING, f"test files neither of a tag nor cross-cutting: {sorted(others - CROSS_CUTTING)}"
