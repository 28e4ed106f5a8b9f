"""Every name, count and id one endpoint of the fake gives agrees with what the others give: a sequence of
operations (collections, uploads and ingestion, a document put into other collections by job and at once, a
collection imported, documents and collections deleted, chat sessions, jobs, prompt templates, tags, summaries,
answers from several models) and, after each step, `check` reads every listing, count and record that tells
of the same things and compares them. Plain HTTP, so that nothing a client does hides a disagreement."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from h2ogpte.types import JobKind

from h2ogpte_ext.testing import FakeH2OGPTE
from tests.in_spec import not_found

# The vendor's client parses every job's `kind` into its JobKind enum: a name outside it breaks `get_job`.
JOB_KINDS = {kind.value for kind in JobKind}
ALL = {"offset": 0, "limit": 1000}


class Fake:
    """Plain HTTP to one fake: `/api/v1` by `get`/`send`, the root (`/rpc/...`) by `root`."""

    def __init__(self, server: FakeH2OGPTE, root: httpx.Client) -> None:
        self.server, self.root = server, root

    def get(self, path: str, status: int = 200, **params: Any) -> Any:
        return self.send("GET", path, status, params=params)

    def send(self, method: str, path: str, status: int = 200, **kwargs: Any) -> Any:
        response = self.root.request(method, f"/api/v1{path}", **kwargs)
        assert response.status_code == status, f"{method} {path}: {response.status_code} {response.text}"
        return response.json() if response.content else None

    def job(self, created: dict[str, Any]) -> dict[str, Any]:
        """Poll a job until it ends; its last details."""
        for _ in range(10):
            details: dict[str, Any] = self.get(f"/jobs/{created['id']}")
            if details["overall_status"] != "in progress":
                return details
        raise AssertionError(f"job {created['id']} still in progress")

    def completed(self, created: dict[str, Any]) -> dict[str, Any]:
        details = self.job(created)
        assert details["overall_status"] == "completed", details
        return details

    def upload(self, name: str, content: bytes) -> str:
        return str(self.send("PUT", "/uploads", files={"file": (name, content)})["id"])

    def collection(self, name: str) -> str:
        return str(self.send("POST", "/collections", 201, json={"name": name, "description": name})["id"])

    def ask(self, session_id: str, message: str, **fields: Any) -> dict[str, Any]:
        return dict(self.send("POST", f"/chats/{session_id}/completions", json={"message": message, **fields}))


@pytest.fixture
def fake(fake_h2ogpte: FakeH2OGPTE) -> Iterator[Fake]:
    headers = {"Authorization": f"Bearer {fake_h2ogpte.api_key}"}
    with httpx.Client(base_url=fake_h2ogpte.url, headers=headers, timeout=10) as root:
        yield Fake(fake_h2ogpte, root)


def _by_id(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    ids = [item["id"] for item in items]
    assert len(ids) == len(set(ids)), f"an id listed twice: {ids}"
    return {item["id"]: item for item in items}


def _count(fake: Fake, path: str) -> int:
    return int(fake.get(path)["count"])


def check(fake: Fake) -> None:
    """Every invariant, read from the endpoints only."""
    meta = _check_meta(fake)
    models = _check_models(fake)
    collections = _by_id(fake.get("/collections", **ALL))
    documents = _by_id(fake.get("/documents", **ALL))
    sessions = _by_id(fake.get("/chats", **ALL))
    templates = _check_prompt_templates(fake, collections, sessions)
    assert _count(fake, "/collections/count") == len(collections)
    assert {c["id"] for c in fake.get("/collections/all", **ALL)} == set(collections)
    assert _count(fake, "/documents/count") == len(documents)
    assert _count(fake, "/chats/count") == len(sessions)
    embedding = {m["id"] for m in fake.get("/embedding_models")}
    assert fake.get("/embedding_models/default")["id"] in embedding

    # Collections: the record, the listing, its documents, its chat sessions and their counts.
    held: dict[str, set[str]] = {}  # document id -> the collections listing it
    for collection_id, listed in collections.items():
        record = fake.get(f"/collections/{collection_id}")
        for key in ("name", "description", "document_count", "document_size", "sessions_count", "username"):
            assert record[key] == listed[key], (key, record, listed)
        assert record["username"] == meta["username"]
        assert record["embedding_model"] in embedding
        assert fake.get(f"/collections/{collection_id}/metadata") == (record.get("metadata_dict") or {})
        inside = fake.get(f"/collections/{collection_id}/documents", **ALL)
        assert len(inside) == record["document_count"] == _count(fake, f"/collections/{collection_id}/documents/count")
        assert sum(d["size"] for d in inside) == record["document_size"]
        for document in inside:
            assert document["id"] in documents, f"collection {record['name']} lists an unknown document"
            assert document["name"] == documents[document["id"]]["name"]
            held.setdefault(document["id"], set()).add(collection_id)
        on = fake.get(f"/collections/{collection_id}/chats", **ALL)
        assert {s["id"] for s in on} == {i for i, s in sessions.items() if s.get("collection_id") == collection_id}
        assert len(on) == record["sessions_count"] == _count(fake, f"/collections/{collection_id}/chats/count")
        if record.get("prompt_template_id") is not None:
            assert fake.get(f"/prompt_templates/{record['prompt_template_id']}")["id"] in templates
        # Chunks: the same ids and texts by search, by id and by document.
        hits = fake.send("POST", f"/collections/{collection_id}/chunks/search", json={"query": "", "topics": []})
        assert sorted(h["name"] for h in hits) == sorted(
            c["name"] for d in inside for c in fake.get(f"/documents/{d['id']}/chunks", collection_id=collection_id)
        )
        if hits:
            ids = ",".join(str(h["id"]) for h in hits)
            by_id = fake.get(f"/collections/{collection_id}/chunks/{ids}")
            assert [(c["id"], c["text"]) for c in by_id] == [(h["id"], h["text"]) for h in hits]

    # Documents: the record, the listing, the collections holding it (both ways), its sessions, tags, summaries.
    for document_id, listed in documents.items():
        record = fake.get(f"/documents/{document_id}")
        for key in ("name", "size", "status", "username"):
            assert record[key] == listed[key], (key, record, listed)
        assert fake.get(f"/documents/{document_id}/metadata") == (record.get("metadata_dict") or {})
        holders = {c["id"] for c in fake.get(f"/documents/{document_id}/collections", **ALL)}
        assert holders == held.get(document_id, set()), f"{record['name']}: {holders} != {held.get(document_id)}"
        visible = {i for i, s in sessions.items() if s.get("collection_id") in holders}
        assert {s["id"] for s in fake.get(f"/documents/{document_id}/chats", **ALL)} == visible
        assert _count(fake, f"/documents/{document_id}/chats/count") == len(visible)
        for collection_id in holders:
            assert {c["name"] for c in fake.get(f"/documents/{document_id}/chunks", collection_id=collection_id)} == {
                record["name"]
            }
        for summary in fake.get(f"/documents/{document_id}/summaries", **ALL):
            assert summary["document_id"] == document_id
            assert fake.get(f"/document_summaries/{summary['id']}")["content"] == summary["content"]

    # Tags: each tag's documents are documents carrying it, in the collection asked for.
    tags = {t["name"] for t in fake.get("/tags")}
    for collection_id in collections:
        for tag in tags:
            for document in fake.get(f"/tags/{tag}/documents", collection_id=collection_id):
                assert collection_id in held.get(document["id"], set())

    # Chat sessions: the record, the listing, the collection named, messages, references, usage.
    for session_id, listed in sessions.items():
        record = fake.get(f"/chats/{session_id}")
        for key in ("collection_id", "collection_name", "prompt_template_id", "name"):
            assert record.get(key) == listed.get(key), (key, record, listed)
        if record.get("collection_id") is not None:
            assert record["collection_id"] in collections, f"session {session_id} names a missing collection"
            assert record["collection_name"] == collections[record["collection_id"]]["name"]
        if record.get("prompt_template_id") is not None:
            assert fake.get(f"/prompt_templates/{record['prompt_template_id']}")["id"] == record["prompt_template_id"]
        messages = fake.get(f"/chats/{session_id}/messages", **ALL)
        questions = {m["id"] for m in messages if m.get("reply_to") is None}
        replies = [m for m in messages if m.get("reply_to") is not None]
        assert all(m["reply_to"] in questions for m in replies)
        if replies:
            assert record.get("latest_message_content") == replies[-1]["content"]
        for reply in replies:
            references = fake.get(f"/messages/{reply['id']}/references")
            assert (reply["has_references"], reply["total_references"]) == (bool(references), len(references))
            for reference in references:
                if reference["document_id"] in documents:
                    assert not reference["were_references_deleted"]
                    assert reference["document_name"] == documents[reference["document_id"]]["name"]
                else:
                    assert reference["were_references_deleted"]
            for meta_part in fake.get(f"/messages/{reply['id']}/meta", info_type="usage_stats"):
                assert json.loads(meta_part["content"])["llm"] in models

    voted = fake.get("/question_answer_feedbacks", **ALL)
    assert _count(fake, "/question_answer_feedbacks/count") == len(voted)
    for feedback in voted:
        assert feedback["chat_session_id"] in sessions
    _check_jobs(fake)
    _check_usage(fake, models)
    assert set(fake.root.get("/rpc/fs").json()) == set(fake.server.state.uploads)  # uploads not yet ingested


def _check_meta(fake: Fake) -> dict[str, Any]:
    """What the vendor's client reads at start (`GET /rpc/meta`) is what the REST API says of the user, its
    permissions and configuration."""
    meta: dict[str, Any] = fake.root.get("/rpc/meta").json()
    (user,) = fake.get("/users", **ALL)
    assert (meta["username"], meta["user_id"]) == (user["username"], user["id"])
    assert meta["permissions"] == [p["name"] for p in fake.get("/users/current/permissions")]
    public = fake.get("/configurations")
    assert [c["key_name"] for c in meta["global_configs"]] == [c["key_name"] for c in public]
    assert {c["key_name"]: c["string_value"] for c in meta["user_configs"]} == {
        c["key_name"]: c["string_value"] for c in fake.get("/users/current/configurations")
    }
    return meta


def _check_models(fake: Fake) -> set[str]:
    """Every model name any answer about models gives is a listed model's; the names."""
    listed = fake.get("/models")
    names = {m["id"] for m in listed}
    assert len(names) == len(listed) and {m["display_name"] for m in listed} == names
    vision = fake.get("/models/vision_capable_model_names")
    reasoning = fake.get("/models/reasoning_capable_model_names")
    assert vision and set(vision) <= names and reasoning and set(reasoning) <= names
    for path, capable in (("vision", vision), ("reasoning", reasoning)):
        mapping = fake.get(f"/models/model_to_{path}_model_mapping")
        assert set(mapping) == names and set(mapping.values()) <= set(capable)
        assert all(mapping[n] == n for n in capable)
    return names


def _check_usage(fake: Fake, models: set[str]) -> None:
    by_model = fake.get("/stats/usage_by_model", interval="24 hours")
    assert {u["llm_name"] for u in by_model} <= models
    total = fake.get("/stats/usage", interval="24 hours")["current"]
    assert total == pytest.approx(sum(u["llm_cost"] for u in by_model))
    performance = fake.get("/stats/performance_by_model", interval="24 hours")
    assert Counter({p["llm_name"]: p["call_count"] for p in performance}) == Counter(
        {u["llm_name"]: u["call_count"] for u in by_model}
    )
    (by_user,) = fake.get("/stats/usage_by_user", interval="24 hours") or [{"llm_usage": []}]
    assert sorted(by_user["llm_usage"], key=str) == sorted(by_model, key=str)


def _check_jobs(fake: Fake) -> None:
    """The listing, each finished job's record (reading a running one would move it on), the per-user listing,
    the pending count; every kind one the vendor's client knows."""
    jobs = _by_id(fake.get("/jobs", **ALL))
    for job_id, listed in jobs.items():
        assert listed["kind"] in JOB_KINDS, f"job kind {listed['kind']!r} is not one the server reports"
        if listed["overall_status"] != "in progress":
            assert fake.get(f"/jobs/{job_id}") == listed
    per_user = [j for user in fake.get("/user_jobs") for j in user["jobs"]]
    assert {j["id"] for j in per_user} == set(jobs)
    pending = [j for j in jobs.values() if j["overall_status"] == "in progress"]
    assert _count(fake, "/jobs/pending/count") == len(pending)


def _check_prompt_templates(
    fake: Fake, collections: dict[str, dict[str, Any]], sessions: dict[str, dict[str, Any]]
) -> set[str]:
    """The user's templates (listing, count, records) and the system default, apart; every template id a
    collection or a session names resolves. The ids that resolve."""
    templates = _by_id(fake.get("/prompt_templates", **ALL))
    assert _count(fake, "/prompt_templates/count") == len(templates)
    assert {t["id"] for t in fake.get("/prompt_templates/all", **ALL)} == set(templates)
    default = fake.get("/prompt_templates/default")
    assert default["is_system_default"] and default["id"] not in templates
    for template_id, listed in templates.items():
        record = fake.get(f"/prompt_templates/{template_id}")
        assert record["name"] == listed["name"] and record["is_system_default"] is False
    return {*templates, default["id"]}


def meta_user(fake: Fake) -> str:
    return str(fake.root.get("/rpc/meta").json()["user_id"])


def test_every_endpoint_agrees_after_each_step(fake: Fake) -> None:
    check(fake)  # empty

    # Collections, files uploaded and ingested by a job, text ingested at once.
    sales, archive, spare = fake.collection("sales"), fake.collection("archive"), fake.collection("spare")
    uploads = ",".join(fake.upload(n, c) for n, c in (("q3.csv", b"product,units\nwidget,42\n"), ("q4.txt", b"ok")))
    pending = fake.upload("later.txt", b"not ingested yet")
    job = fake.completed(fake.send("POST", f"/uploads/{uploads}/ingest/job", 201, params={"collection_id": sales}))
    assert job["kind"] == "IngestUploadsJob"
    fake.send(
        "POST",
        "/ingest/plain_text",
        204,
        params={"collection_id": archive, "file_name": "memo.txt"},
        content=b"Budget agreed.",
        headers={"Content-Type": "text/plain"},
    )
    check(fake)
    q3, q4 = (d["id"] for d in sorted(fake.get(f"/collections/{sales}/documents", **ALL), key=lambda d: d["name"]))

    # A document put into another collection by a job, another at once; a collection imported into a third.
    created = fake.send("POST", f"/collections/{archive}/documents/insert_job", 201, json={"document_id": q3})
    assert fake.completed(created)["kind"] == "ImportDocumentIntoCollectionJob"
    fake.send("PUT", f"/collections/{spare}/documents/{q4}", 204)
    check(fake)
    copy = fake.collection("copy")
    imported = fake.send(
        "POST", f"/collections/{copy}/import_collection_job", 201, json={"source_collection_id": sales}
    )
    assert fake.completed(imported)["kind"] == "ImportCollectionIntoCollectionJob"
    check(fake)

    # Chat sessions: on a collection (a RAG answer citing its documents), on none, moved to another, renamed.
    on_sales = fake.send("POST", "/chats", 201, params={"collection_id": sales})["id"]
    loose = fake.send("POST", "/chats", 201)["id"]
    fake.ask(on_sales, "How many widgets?", llm="meta-llama/Llama-3.3-70B-Instruct")
    fake.ask(loose, "Hello", llm="auto")
    fake.send("PUT", f"/chats/{loose}/collection", json={"collection_id": archive})
    fake.ask(loose, "And now?", llm="no-such-model")
    fake.send("PATCH", f"/chats/{on_sales}", json={"name": "widgets"})
    (reply,) = [m for m in fake.get(f"/chats/{on_sales}/messages", **ALL) if m.get("reply_to")]
    fake.send("PUT", f"/messages/{reply['id']}/votes", 204, json={"votes": 1})
    check(fake)

    # Prompt templates on a collection and a session; tags; a summary; answers from named models.
    template = fake.send("POST", "/prompt_templates", 201, json={"name": "terse", "system_prompt": "Be brief."})["id"]
    fake.send("PUT", f"/collections/{sales}/prompt_template", json={"prompt_template_id": template})
    fake.send("PUT", f"/chats/{on_sales}/prompt_template", json={"prompt_template_id": template})
    fake.send("POST", f"/documents/{q3}/tags", 201, json={"name": "finance"})
    fake.completed(fake.send("POST", "/documents/process_job", 201, json={"document_id": q3}))
    for model in fake.get("/models"):
        fake.send("POST", f"/models/{model['id'].replace('/', '%2F')}/answer_question", json={"question": "Hi?"})
    check(fake)

    # Renames show everywhere (a collection's name in its sessions, a document's in listings and references), and
    # metadata in the record as in `.../metadata`.
    fake.send("PATCH", f"/collections/{sales}", json={"name": "sales 2024"})
    fake.send("PATCH", f"/documents/{q3}", json={"name": "q3-final.csv"})
    fake.send("PUT", f"/collections/{sales}/metadata", 204, json={"team": "sales", "year": 2024})
    fake.send("PUT", f"/documents/{q4}/metadata", 204, json={"source": "upload"})
    check(fake)

    # Documents out of one collection (at once, and by a job), then deleted everywhere (by a job).
    fake.send("DELETE", f"/collections/{copy}/documents/{q4}", 204)
    removed = fake.send("POST", f"/collections/{copy}/documents/delete_job", 201, json={"document_ids": [q3]})
    assert fake.completed(removed)["kind"] == "DeleteDocumentsFromCollectionJob"
    check(fake)
    fake.completed(fake.send("POST", "/documents/delete_job", 201, json={"document_ids": [q3]}))
    check(fake)  # q3's references now say it was deleted

    # Jobs: one canceled, one failed, one left running.
    started = fake.send(
        "POST", "/ingest/website/job", 201, params={"collection_id": spare}, json={"url": "https://example.com/a.html"}
    )
    fake.send("POST", f"/jobs/{started['id']}/cancel")
    fake.job(fake.send("POST", "/documents/delete_job", 201, json={"document_ids": ["no-such-document"]}))
    fake.send("POST", "/ingest/s3/job", 201, params={"collection_id": spare}, json={"urls": ["s3://b/k.pdf"]})
    check(fake)

    # Configuration: a public and a private global value, a user's own; a role granting a permission.
    for key, public in (("max_uploads", True), ("secret_limit", False)):
        fake.send(
            "PUT",
            f"/configurations/{key}",
            json={"string_value": "10", "value_type": "int", "can_overwrite": True, "is_public": public},
        )
    user = meta_user(fake)
    fake.send("PUT", f"/users/{user}/configurations/max_uploads", json={"string_value": "3"})
    role = fake.send("POST", "/roles", 201, json={"name": "editor", "description": "edits"})["id"]
    fake.send("PUT", f"/roles/{role}/permissions/ManageLibrary", 204)
    fake.send("PUT", f"/users/{user}/roles/editor", 204)
    check(fake)

    # Deleting: the template in use, chat sessions (their messages with them), a collection with sessions on it.
    fake.send("DELETE", f"/prompt_templates/{template}", 204)
    check(fake)
    replies = [m["id"] for m in fake.get(f"/chats/{loose}/messages", **ALL) if m.get("reply_to")]
    fake.send("DELETE", f"/chats/{loose}", 204)
    fake.completed(fake.send("POST", "/collections/delete_job", 201, json={"collection_ids": [sales]}))
    assert fake.root.get(f"/api/v1/chats/{on_sales}").status_code == 404  # with its collection
    # Not found (answered 400 where the spec lists 400 and no 404: the README's table).
    missing = not_found("GET", "/messages/{message_id}/references")
    assert fake.root.get(f"/api/v1/messages/{replies[0]}/references").status_code == missing
    check(fake)
    fake.root.delete("/rpc/fs", params={"id": pending}).raise_for_status()
    check(fake)
