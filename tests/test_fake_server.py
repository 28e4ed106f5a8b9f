"""The fake h2oGPTe, exercised over real HTTP on 127.0.0.1 with plain httpx (not our own client)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from h2ogpte_ext.testing import FakeH2OGPTE, simulated_operations
from tests.spec_tools import operations

CSV = b"product,revenue\nWidget A,12500\nWidget B,8300\n"


@pytest.fixture
def api(fake_h2ogpte: FakeH2OGPTE) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {fake_h2ogpte.api_key}"}
    with httpx.Client(base_url=fake_h2ogpte.url, headers=headers, timeout=10) as client:
        yield client


def _collection(api: httpx.Client, name: str = "demo") -> dict[str, Any]:
    response = api.post("/api/v1/collections", json={"name": name, "description": "test"})
    assert response.status_code == 201, response.text
    return dict(response.json())


def _upload(api: httpx.Client, name: str = "sales.csv", data: bytes = CSV) -> str:
    response = api.put("/api/v1/uploads", files={"file": (name, data, "text/csv")})
    assert response.status_code == 200, response.text
    assert response.json()["filename"] == name
    return str(response.json()["id"])


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


def test_models_and_collections(api: httpx.Client) -> None:
    models = api.get("/api/v1/models").json()
    assert models and all({"id", "display_name"} <= set(m) for m in models)

    created = _collection(api, "first")
    _collection(api, "second")
    assert api.get(f"/api/v1/collections/{created['id']}").json() == created
    names = [c["name"] for c in api.get("/api/v1/collections", params={"limit": 1}).json()]
    assert names == ["second"]  # most recently updated first
    assert api.get("/api/v1/collections/nope").status_code == 404
    assert api.delete(f"/api/v1/collections/{created['id']}").status_code == 204
    assert api.get(f"/api/v1/collections/{created['id']}").status_code == 404


def test_synchronous_ingest_adds_the_document(api: httpx.Client) -> None:
    collection = _collection(api)
    upload_id = _upload(api)
    documents = f"/api/v1/collections/{collection['id']}/documents"
    assert api.get(documents).json() == []

    response = api.post(
        f"/api/v1/uploads/{upload_id}/ingest",
        params={"collection_id": collection["id"], "gen_doc_summaries": False, "gen_doc_questions": False},
    )
    assert response.status_code == 204, response.text
    (document,) = api.get(documents).json()
    assert document["name"] == "sales.csv"
    after = api.get(f"/api/v1/collections/{collection['id']}").json()
    assert (after["document_count"], after["document_size"]) == (1, len(CSV))

    download = api.get("/file", params={"id": document["id"], "name": document["name"]})
    assert download.status_code == 200
    assert download.content == CSV
    assert download.headers["content-length"] == str(len(CSV))
    assert download.headers["content-type"].startswith("text/csv")


def test_ingest_job_moves_from_queued_through_running_to_completed(api: httpx.Client) -> None:
    collection = _collection(api)
    first, second = _upload(api, "a.csv"), _upload(api, "b.txt", b"hello")
    created = api.post(
        f"/api/v1/uploads/{first},{second}/ingest/job", params={"collection_id": collection["id"]}
    )
    assert created.status_code == 201, created.text
    job = created.json()
    assert (job["overall_status"], job["status"], job["progress"]) == ("in progress", "queued", 0.0)
    documents = f"/api/v1/collections/{collection['id']}/documents"

    seen = []
    while job["overall_status"] == "in progress":
        assert api.get(documents).json() == []  # only ingested documents are listed
        job = api.get(f"/api/v1/jobs/{job['id']}").json()
        seen.append((job["status"], job["progress"]))
    assert seen == [("running", 0.5), ("completed", 1.0)]
    assert sorted(d["name"] for d in api.get(documents).json()) == ["a.csv", "b.txt"]
    assert api.get(f"/api/v1/collections/{collection['id']}").json()["document_count"] == 2


def test_an_ingest_job_can_be_made_to_fail(fake_h2ogpte: FakeH2OGPTE, api: httpx.Client) -> None:
    collection = _collection(api)
    fake_h2ogpte.state.ingest_failures.append("unsupported file format")
    job = api.post(
        f"/api/v1/uploads/{_upload(api)}/ingest/job", params={"collection_id": collection["id"]}
    ).json()
    while job["overall_status"] == "in progress":
        job = api.get(f"/api/v1/jobs/{job['id']}").json()
    assert job["overall_status"] == "failed"
    assert job["errors"] == ["unsupported file format"]
    assert api.get(f"/api/v1/collections/{collection['id']}/documents").json() == []


def test_invalid_requests_get_400_naming_the_field(api: httpx.Client) -> None:
    response = api.post("/api/v1/collections", json={"name": "no description"})
    assert response.status_code == 400
    assert "description" in response.json()["message"]

    response = api.get("/api/v1/collections", params={"limit": "many"})
    assert response.status_code == 400
    assert "limit" in response.json()["message"]

    collection = _collection(api)
    response = api.post(f"/api/v1/uploads/{_upload(api)}/ingest")  # collection_id is required
    assert response.status_code == 400
    assert "collection_id" in response.json()["message"]
    assert collection["document_count"] == 0


def test_operations_not_simulated_answer_501_naming_them(api: httpx.Client, figures: list[str]) -> None:
    response = api.get("/api/v1/prompt_templates")
    assert response.status_code == 501
    assert "list_prompt_templates" in response.json()["message"]

    every = {op.operation_id for op in operations()}
    simulated = simulated_operations()
    assert simulated <= every
    figures.append(f"fake server: {len(simulated)} of {len(every)} operations simulated")


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
        assert (
            httpx.get(f"{url}/api/v1/models", headers={"Authorization": "Bearer sk-cli"}).status_code == 200
        )
    finally:
        proc.terminate()
        proc.wait(10)


def test_a_response_outside_the_spec_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    from starlette.responses import JSONResponse

    from h2ogpte_ext.testing import _app

    async def broken(call: Any) -> JSONResponse:
        return JSONResponse([{"id": 1}])  # display_name missing, id not a string

    monkeypatch.setitem(_app.HANDLERS, "list_models", broken)
    server = FakeH2OGPTE()
    with pytest.raises(AssertionError, match=r"GET /api/v1/models -> 200"), server:
        response = httpx.get(
            f"{server.url}/api/v1/models", headers={"Authorization": f"Bearer {server.api_key}"}
        )
        assert response.status_code == 500
    assert "display_name" in "\n".join(server.state.violations)


def test_importing_the_sdk_does_not_import_the_fake_server_dependencies() -> None:
    code = (
        "import sys, h2ogpte_ext, h2ogpte_api.api.chat.get_completion\n"
        "fake = {'starlette', 'uvicorn', 'openapi_core', 'yaml'}\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in fake]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
