"""Tag "Collections" (`handlers/collections.py`): collections and the documents in them."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.raw import ok

pytestmark = pytest.mark.e2e


def _collection(api: httpx.Client, name: str = "c") -> str:
    return str(ok(api.post("/collections", json={"name": name, "description": "d"}), 201)["id"])


def _document(api: httpx.Client, collection_id: str, name: str = "a.txt") -> str:
    upload = ok(api.put("/uploads", files={"file": (name, b"hello")}))
    ok(api.post(f"/uploads/{upload['id']}/ingest", params={"collection_id": collection_id}), 204)
    documents = ok(api.get(f"/collections/{collection_id}/documents"))
    return str(next(d["id"] for d in documents if d["name"] == name))


def _finish(api: httpx.Client, job: dict[str, Any]) -> dict[str, Any]:
    while job["overall_status"] == "in progress":
        job = ok(api.get(f"/jobs/{job['id']}"))
    return job


def _new_collection(http: httpx.Client, name: str = "demo") -> dict[str, Any]:
    response = http.post("/api/v1/collections", json={"name": name, "description": "test"})
    assert response.status_code == 201, response.text
    return dict(response.json())


def test_removing_documents_from_a_collection_by_job(api: httpx.Client) -> None:
    collection = _collection(api)
    first, second = _document(api, collection, "a.txt"), _document(api, collection, "b.txt")
    path = f"/collections/{collection}/documents/delete_job"
    job = _finish(api, ok(api.post(path, json={"document_ids": [first]}), 201))
    assert job["overall_status"] == "completed" and job["kind"] == "DeleteDocumentsFromCollectionJob"
    assert [d["id"] for d in ok(api.get(f"/collections/{collection}/documents"))] == [second]
    assert ok(api.get(f"/collections/{collection}/documents/count")) == {"count": 1}
    assert ok(api.get(f"/collections/{collection}"))["document_count"] == 1

    failed = _finish(api, ok(api.post(path, json={"document_ids": [second, "no-such-doc"]}), 201))
    assert failed["overall_status"] == "failed" and "no-such-doc" in failed["errors"][0]
    assert [d["id"] for d in ok(api.get(f"/collections/{collection}/documents"))] == [second]
    assert api.post("/collections/nope/documents/delete_job", json={"document_ids": [second]}).status_code in (
        400,
        404,
    )


def test_models_and_collections(http: httpx.Client) -> None:
    models = http.get("/api/v1/models").json()
    assert models and all({"id", "display_name"} <= set(m) for m in models)

    created = _new_collection(http, "first")
    _new_collection(http, "second")
    assert http.get(f"/api/v1/collections/{created['id']}").json() == created
    names = [c["name"] for c in http.get("/api/v1/collections", params={"limit": 1}).json()]
    assert names == ["second"]  # most recently updated first
    assert http.get("/api/v1/collections/nope").status_code == 404
    assert http.delete(f"/api/v1/collections/{created['id']}").status_code == 204
    assert http.get(f"/api/v1/collections/{created['id']}").status_code == 404
