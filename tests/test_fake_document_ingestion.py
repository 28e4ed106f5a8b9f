"""Tag "Document Ingestion" (`handlers/document_ingestion.py`): uploads, synchronous and job ingestion from
uploads and from other sources."""

from __future__ import annotations

import functools
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from h2ogpte_ext.testing import FakeH2OGPTE
from tests.raw import ok

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


def _collection(api: httpx.Client, name: str = "c") -> str:
    return str(ok(api.post("/collections", json={"name": name, "description": "d"}), 201)["id"])


def _finish_stepwise(api: httpx.Client, job: dict[str, Any]) -> dict[str, Any]:
    seen = [job["status"]]
    while job["overall_status"] == "in progress":
        job = ok(api.get(f"/jobs/{job['id']}"))
        seen.append(job["status"])
    assert seen[:2] == ["queued", "running"]
    return job


@pytest.mark.parametrize("data", [CSV, CSV * 3000], ids=["kept in memory", "kept on disk"])
def test_synchronous_ingest_adds_the_document(http: httpx.Client, data: bytes) -> None:
    collection = _new_collection(http)
    upload_id = _upload(http, data=data)
    documents = f"/api/v1/collections/{collection['id']}/documents"
    assert http.get(documents).json() == []

    response = http.post(
        f"/api/v1/uploads/{upload_id}/ingest",
        params={"collection_id": collection["id"], "gen_doc_summaries": False, "gen_doc_questions": False},
    )
    assert response.status_code == 204, response.text
    (document,) = http.get(documents).json()
    assert document["name"] == "sales.csv"
    after = http.get(f"/api/v1/collections/{collection['id']}").json()
    assert (after["document_count"], after["document_size"]) == (1, len(data))

    where = {"id": document["id"], "name": document["name"]}
    download = http.get("/file", params=where)
    assert download.status_code == 200
    assert download.content == data
    assert download.headers["content-length"] == str(len(data))
    assert download.headers["content-type"].startswith("text/csv")
    part = http.get("/file", params=where, headers={"Range": "bytes=2-9"})
    assert (part.status_code, part.content) == (206, data[2:10])


def test_synchronous_ingest_honours_its_timeout(fake_h2ogpte: FakeH2OGPTE, http: httpx.Client) -> None:
    collection = _new_collection(http)
    fake_h2ogpte.state.ingest_seconds = 0.2
    params = {"collection_id": collection["id"], "timeout": 0.05}
    late = http.post(f"/api/v1/uploads/{_upload(http)}/ingest", params=params)
    assert late.status_code == 400 and "timeout" in late.json()["message"]
    assert http.get(f"/api/v1/collections/{collection['id']}/documents").json() == []
    params["timeout"] = 5
    assert http.post(f"/api/v1/uploads/{_upload(http)}/ingest", params=params).status_code == 204


def test_ingest_job_moves_from_queued_through_running_to_completed(http: httpx.Client) -> None:
    collection = _new_collection(http)
    first, second = _upload(http, "a.csv"), _upload(http, "b.txt", b"hello")
    created = http.post(f"/api/v1/uploads/{first},{second}/ingest/job", params={"collection_id": collection["id"]})
    assert created.status_code == 201, created.text
    job = created.json()
    assert (job["overall_status"], job["status"], job["progress"]) == ("in progress", "queued", 0.0)
    documents = f"/api/v1/collections/{collection['id']}/documents"

    seen = []
    while job["overall_status"] == "in progress":
        assert http.get(documents).json() == []  # only ingested documents are listed
        job = http.get(f"/api/v1/jobs/{job['id']}").json()
        seen.append((job["status"], job["progress"]))
    assert seen == [("running", 0.5), ("completed", 1.0)]
    assert sorted(d["name"] for d in http.get(documents).json()) == ["a.csv", "b.txt"]
    assert http.get(f"/api/v1/collections/{collection['id']}").json()["document_count"] == 2


def test_an_ingest_job_can_be_made_to_fail(fake_h2ogpte: FakeH2OGPTE, http: httpx.Client) -> None:
    collection = _new_collection(http)
    fake_h2ogpte.state.ingest_failures.append("unsupported file format")
    job = http.post(f"/api/v1/uploads/{_upload(http)}/ingest/job", params={"collection_id": collection["id"]}).json()
    while job["overall_status"] == "in progress":
        job = http.get(f"/api/v1/jobs/{job['id']}").json()
    assert job["overall_status"] == "failed"
    assert job["errors"] == ["unsupported file format"]
    assert http.get(f"/api/v1/collections/{collection['id']}/documents").json() == []


def test_an_upload_ingested_twice_at_once_becomes_one_document(fake_h2ogpte: FakeH2OGPTE, http: httpx.Client) -> None:
    collection = _new_collection(http)
    ingest = functools.partial(http.post, params={"collection_id": collection["id"]})
    unknown = ingest("/api/v1/uploads/nope/ingest").status_code  # how this operation answers an unknown upload
    upload_id = _upload(http)
    fake_h2ogpte.state.ingest_seconds = 0.3
    with ThreadPoolExecutor(2) as pool:
        answers = pool.map(lambda _: ingest(f"/api/v1/uploads/{upload_id}/ingest"), range(2))
        statuses = sorted(r.status_code for r in answers)
    assert statuses == sorted([204, unknown])  # the second finds the upload gone: it is one document
    assert len(http.get(f"/api/v1/collections/{collection['id']}/documents").json()) == 1


def test_an_upload_deleted_while_it_is_ingested_is_not_found(fake_h2ogpte: FakeH2OGPTE, http: httpx.Client) -> None:
    collection = _new_collection(http)
    ingest = functools.partial(http.post, params={"collection_id": collection["id"]})
    unknown = ingest("/api/v1/uploads/nope/ingest").status_code
    upload_id = _upload(http)
    fake_h2ogpte.state.ingest_seconds = 0.3
    with ThreadPoolExecutor(1) as pool:
        late = pool.submit(ingest, f"/api/v1/uploads/{upload_id}/ingest")
        time.sleep(0.1)  # the ingest is waiting; a bound, not a measurement: 0.3 s leave room
        assert http.delete("/rpc/fs", params={"id": upload_id}).status_code == 200
        assert late.result().status_code == unknown
    assert http.get(f"/api/v1/collections/{collection['id']}/documents").json() == []


def test_ingest_jobs_from_other_sources_add_documents(api: httpx.Client) -> None:
    collection_id = _collection(api)
    params = {"collection_id": collection_id}
    website = api.post("/ingest/website/job", params=params, json={"url": "https://example.com/about.html"})
    text = api.post(
        "/ingest/plain_text/job",
        params={**params, "file_name": "note.txt"},
        content="plain words",
        headers={"Content-Type": "text/plain"},
    )
    s3 = api.post("/ingest/s3/job", params=params, json={"urls": ["s3://bucket/report.pdf"]})
    for job in (website, text, s3):
        assert _finish_stepwise(api, ok(job, 201))["overall_status"] == "completed"
    documents = ok(api.get(f"/collections/{collection_id}/documents"))
    assert sorted(d["name"] for d in documents) == ["about.html", "note.txt", "report.pdf"]
    assert ok(api.get(f"/collections/{collection_id}/documents/count")) == {"count": 3}
    assert ok(api.get("/documents/count")) == {"count": 3}
    note = next(d for d in documents if d["name"] == "note.txt")
    assert (
        httpx.get(
            f"{str(api.base_url).removesuffix('/api/v1/')}/file",
            params={"id": note["id"], "name": "note.txt"},
            headers=api.headers,
        ).content
        == b"plain words"
    )

    assert api.post("/ingest/gcs", params=params, json={"urls": ["gs://b/data.csv"]}).status_code == 204
    assert ok(api.get(f"/collections/{collection_id}"))["document_count"] == 4

    hits = ok(api.post(f"/collections/{collection_id}/chunks/search", json={"query": "words", "topics": []}))
    assert len(hits) == 4 and hits[0]["score"] >= hits[-1]["score"]

    job = ok(api.post("/documents/delete_job", json={"document_ids": [note["id"]]}), 201)
    _finish_stepwise(api, job)
    assert api.get(f"/documents/{note['id']}").status_code == 404
    assert ok(api.get(f"/collections/{collection_id}"))["document_count"] == 3
