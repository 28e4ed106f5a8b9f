"""Tag "Jobs" (`handlers/jobs.py`) and the job engine (`_jobs.py`): jobs run, list, cancel and delete; bulk delete
jobs are all or nothing."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from h2ogpte_ext.testing._jobs import KINDS
from tests.in_spec import not_found
from tests.raw import ok
from tests.spec_tools import ROOT, load_spec
from tests.spec_tools import operations as spec_operations


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


def _finish_stepwise(api: httpx.Client, job: dict[str, Any]) -> dict[str, Any]:
    seen = [job["status"]]
    while job["overall_status"] == "in progress":
        job = ok(api.get(f"/jobs/{job['id']}"))
        seen.append(job["status"])
    assert seen[:2] == ["queued", "running"]
    return job


@pytest.mark.parametrize(
    ("path", "key"),
    [
        ("/documents/delete_job", "document_ids"),
        ("/collections/delete_job", "collection_ids"),
        ("/chats/delete_job", "session_ids"),
    ],
)
def test_a_bulk_delete_job_naming_an_unknown_id_fails_and_deletes_nothing(
    api: httpx.Client, path: str, key: str
) -> None:
    collection = _collection(api)
    known = {
        "document_ids": _document(api, collection),
        "collection_ids": collection,
        "session_ids": ok(api.post("/chats", params={"collection_id": collection}), 201)["id"],
    }[key]
    failed = _finish(api, ok(api.post(path, json={key: [known, "no-such-id"]}), 201))
    assert failed["overall_status"] == "failed" and "no-such-id" in failed["errors"][0]
    listing = {"document_ids": "/documents", "collection_ids": "/collections", "session_ids": "/chats"}[key]
    assert known in [r["id"] for r in ok(api.get(listing))]

    done = _finish(api, ok(api.post(path, json={key: [known]}), 201))
    assert done["overall_status"] == "completed"
    assert known not in [r["id"] for r in ok(api.get(listing))]


def test_jobs_run_list_cancel_and_delete(api: httpx.Client) -> None:
    doomed = _collection(api, "doomed")
    job = ok(api.post("/collections/delete_job", json={"collection_ids": [doomed]}), 201)
    assert [j["id"] for j in ok(api.get("/jobs"))] == [job["id"]]
    assert ok(api.get("/jobs/pending/count"))["count"] == 1
    assert _finish_stepwise(api, job)["overall_status"] == "completed"
    assert api.get(f"/collections/{doomed}").status_code == 404

    kept = _collection(api, "kept")
    website = {"url": "https://example.com/about.html"}
    job = ok(api.post("/ingest/website/job", params={"collection_id": kept}, json=website), 201)
    canceled = ok(api.post(f"/jobs/{job['id']}/cancel"))
    assert (canceled["overall_status"], canceled["status"]) == ("canceled", "canceled")
    assert ok(api.get(f"/jobs/{job['id']}"))["overall_status"] == "canceled"
    assert ok(api.get(f"/collections/{kept}/documents")) == []  # a canceled ingest adds nothing
    assert api.delete(f"/jobs/{job['id']}").status_code == 204
    assert api.get(f"/jobs/{job['id']}").status_code == not_found("GET", "/jobs/{job_id}")  # 1.7.5: 400, not 404


def test_every_job_creating_operation_of_each_release_has_a_kind() -> None:
    """The fake starts a job for each operation (beyond the Jobs tag) answering a `JobDetails`, in whichever
    spec it serves: each has the kind the server reports (1.6.64's `create_topic_model_job` had none: a
    KeyError, answered 500)."""
    specs = [ROOT / "api-spec.yaml", *sorted((ROOT.parent / "shared" / "specs").glob("h2ogpte-*.yaml"))]
    for path in specs:
        for operation in spec_operations(load_spec(path)):
            responses = operation.op["responses"]
            success: dict[str, Any] = next((r for c, r in responses.items() if str(c).startswith("2")), {})
            schema = (success.get("content") or {}).get("application/json", {}).get("schema", {})
            if operation.tag != "Jobs" and schema.get("$ref", "").endswith("/JobDetails"):
                assert operation.operation_id in KINDS, f"{path.name}: {operation}"
