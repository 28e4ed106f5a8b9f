"""The fake's generic behaviours over real HTTP: the resource store, the permissions table, the job engine,
ingestion from other sources, scripted LLM answers, the vendor-documented deviations and `strict=True`."""

from __future__ import annotations

from typing import Any

import httpx

from h2ogpte_ext.testing import FakeH2OGPTE
from tests.raw import api_client, ok


def _collection(api: httpx.Client, name: str = "c") -> str:
    return str(ok(api.post("/collections", json={"name": name, "description": "d"}), 201)["id"])


def _finish(api: httpx.Client, job: dict[str, Any]) -> dict[str, Any]:
    seen = [job["status"]]
    while job["overall_status"] == "in progress":
        job = ok(api.get(f"/jobs/{job['id']}"))
        seen.append(job["status"])
    assert seen[:2] == ["queued", "running"]
    return job


def test_a_resource_is_created_listed_counted_updated_and_deleted(api: httpx.Client) -> None:
    created = ok(api.post("/prompt_templates", json={"name": "terse", "system_prompt": "Be brief."}), 201)
    template = f"/prompt_templates/{created['id']}"
    assert ok(api.get(template)) == created
    assert created["name"] == "terse" and created["system_prompt"] == "Be brief."
    assert [t["id"] for t in ok(api.get("/prompt_templates"))] == [created["id"]]
    assert ok(api.get("/prompt_templates/count")) == {"count": 1}

    updated = ok(api.patch(template, json={"name": "verbose"}))
    assert updated["name"] == "verbose" and ok(api.get(template))["name"] == "verbose"

    assert api.delete(template).status_code == 204
    assert api.get(template).status_code == 404
    assert ok(api.get("/prompt_templates/count")) == {"count": 0}
    # The vendor's guide: deleting what is already deleted answers 404 (the spec lists only 400 here).
    again = api.delete(template)
    assert again.status_code == 404 and again.json()["code"] == 404


def test_a_resource_created_by_a_form_answering_only_its_id(api: httpx.Client) -> None:
    form = {"agent_type": "general", "agent_args": '{"goal": "tidy"}', "agent_name": "tidy"}
    (created,) = ok(api.post("/agents/custom_agents", data=form, files={"file": ("a.zip", b"PK")}), 201)
    agent_id = created["agent_custom_agent_id"]
    agent = ok(api.get(f"/agents/custom_agents/{agent_id}"))
    assert (agent["id"], agent["agent_type"], agent["agent_name"]) == (agent_id, "general", "tidy")
    assert [a["id"] for a in ok(api.get("/agents/custom_agents"))] == [agent_id]
    assert ok(api.delete(f"/agents/custom_agents/{agent_id}")) == {"count": 1}
    assert api.get(f"/agents/custom_agents/{agent_id}").status_code == 404


def test_tags_are_addressed_by_name(api: httpx.Client) -> None:
    ok(api.post("/tags", json={"name": "finance"}), 201)
    assert ok(api.get("/tags/finance"))["name"] == "finance"
    assert ok(api.patch("/tags/finance", json={"description": "money"}))["description"] == "money"
    assert api.get("/tags/nope").status_code == 404


def test_a_property_of_a_resource_is_set_and_cleared(api: httpx.Client) -> None:
    collection_id = _collection(api)
    path = f"/collections/{collection_id}"
    assert api.put(f"{path}/expiry_date", json={"expiry_date": "2030-01-02T03:04:05Z"}).status_code == 204
    assert ok(api.get(path))["expiry_date"].startswith("2030-01-02T03:04:05")
    assert api.delete(f"{path}/expiry_date").status_code == 204
    assert "expiry_date" not in ok(api.get(path))
    assert api.put(f"{path}/size_limit", json={"current_size_limit": 1}).status_code in (204, 400)


def test_settings_under_a_resource_are_kept(api: httpx.Client) -> None:
    collection_id = _collection(api)
    settings = ok(api.get(f"/collections/{collection_id}/chat_settings"))
    changed = {**settings, "llm": "meta-llama/Llama-3.3-70B-Instruct"}
    assert api.put(f"/collections/{collection_id}/chat_settings", json=changed).status_code == 204
    assert ok(api.get(f"/collections/{collection_id}/chat_settings"))["llm"] == "meta-llama/Llama-3.3-70B-Instruct"


def test_resources_under_a_missing_parent_are_404(api: httpx.Client) -> None:
    assert api.get("/collections/nope/settings").status_code == 404
    assert api.get("/prompt_templates/nope/permissions").status_code == 400  # the documented status


def test_one_permissions_table_for_sharing(api: httpx.Client) -> None:
    collection_id = _collection(api)
    permissions = f"/collections/{collection_id}/permissions"
    assert ok(api.get(permissions)) == []
    assert api.put(f"{permissions}/alice", json={"permissions": ["read", "write"]}).status_code == 204
    assert api.put(f"/collections/{collection_id}/group_permissions/team", json={}).status_code == 204
    assert ok(api.get(permissions)) == [{"username": "alice", "permissions": ["read", "write"]}]
    assert [g["group_id"] for g in ok(api.get(f"/collections/{collection_id}/group_permissions"))] == ["team"]
    assert api.delete(f"{permissions}/alice").status_code == 204
    assert ok(api.get(permissions)) == []

    template = ok(api.post("/prompt_templates", json={"name": "t"}), 201)["id"]
    shared = f"/prompt_templates/{template}/permissions"
    assert api.put(shared, json={"usernames": ["bob", "carol"]}).status_code == 204
    assert sorted(p["username"] for p in ok(api.get(shared))) == ["bob", "carol"]
    assert api.delete(shared).status_code == 204
    assert ok(api.get(shared)) == []


def test_jobs_run_list_cancel_and_delete(api: httpx.Client) -> None:
    doomed = _collection(api, "doomed")
    job = ok(api.post("/collections/delete_job", json={"collection_ids": [doomed]}), 201)
    assert [j["id"] for j in ok(api.get("/jobs"))] == [job["id"]]
    assert ok(api.get("/jobs/pending/count"))["count"] == 1
    assert _finish(api, job)["overall_status"] == "completed"
    assert api.get(f"/collections/{doomed}").status_code == 404

    kept = _collection(api, "kept")
    website = {"url": "https://example.com/about.html"}
    job = ok(api.post("/ingest/website/job", params={"collection_id": kept}, json=website), 201)
    canceled = ok(api.post(f"/jobs/{job['id']}/cancel"))
    assert (canceled["overall_status"], canceled["status"]) == ("canceled", "canceled")
    assert ok(api.get(f"/jobs/{job['id']}"))["overall_status"] == "canceled"
    assert ok(api.get(f"/collections/{kept}/documents")) == []  # a canceled ingest adds nothing
    assert api.delete(f"/jobs/{job['id']}").status_code == 204
    assert api.get(f"/jobs/{job['id']}").status_code == 400  # get_job documents 400, not 404


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
        assert _finish(api, ok(job, 201))["overall_status"] == "completed"
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
    _finish(api, job)
    assert api.get(f"/documents/{note['id']}").status_code == 404
    assert ok(api.get(f"/collections/{collection_id}"))["document_count"] == 3


def test_scripted_llm_answers(api: httpx.Client) -> None:
    context = {"text_context_list": ["Revenue grew 12 percent in the third quarter of the year."]}
    answer = ok(api.post("/models/auto/answer_question", json={"question": "How did revenue do?", **context}))
    assert "How did revenue do?" in answer["content"] and answer["llm"] == "auto"
    summary = ok(api.post("/models/auto/summarize_content", json=context))
    assert summary["content"].startswith("Summary: Revenue grew")
    extracted = ok(api.post("/models/auto/extract_data", json=context))
    assert extracted["content"] == ["Extracted from passage 1: " + context["text_context_list"][0]]


def _completion(api: httpx.Client, **extra: Any) -> httpx.Response:
    session_id = ok(api.post("/chats", json={}), 201)["id"]
    return api.post(f"/chats/{session_id}/completions", json={"message": "hi", **extra})


def test_the_guides_include_chat_history_off_is_accepted(api: httpx.Client) -> None:
    assert ok(_completion(api, include_chat_history="off"))["body"]


def test_strict_keeps_to_the_spec() -> None:
    with FakeH2OGPTE(strict=True) as server, api_client(server) as api:
        refused = _completion(api, include_chat_history="off")
        assert refused.status_code == 400 and "include_chat_history" in refused.json()["message"]
        template = ok(api.post("/prompt_templates", json={"name": "t"}), 201)["id"]
        assert api.delete(f"/prompt_templates/{template}").status_code == 204
        assert api.delete(f"/prompt_templates/{template}").status_code == 400  # the documented status


def _collections_seen(seed: int) -> list[dict[str, Any]]:
    with FakeH2OGPTE(variety=seed) as server, api_client(server) as api:
        for i in range(40):
            _collection(api, f"c{i}")
        return [
            {k: v for k, v in c.items() if k not in ("id", "created_at", "updated_at")}
            for c in ok(api.get("/collections"))
        ]


def test_variety_is_deterministic_and_covers_nulls_absences_and_every_enum_value() -> None:
    first, again, other = _collections_seen(7), _collections_seen(7), _collections_seen(8)
    assert first == again
    assert first != other
    assert {c["name"] for c in first} == {f"c{i}" for i in range(40)}  # what the workflow relies on stays
    encryption = [c.get("vex_encryption", "absent") for c in first]
    assert {None, "absent", "enabled", "disabled"} <= set(encryption)
    assert {"auto", "llm_only", "rag", "hyde1", "hyde2", "rag+", "all_data"} <= {c.get("rag_type") for c in first}


def test_reset_forgets_everything_and_keeps_serving(fake_h2ogpte: FakeH2OGPTE, api: httpx.Client) -> None:
    _collection(api)
    fake_h2ogpte.faults.add(path="/api/v1/models", status=503, times=-1)
    fake_h2ogpte.state.token_delay = 1.0
    fake_h2ogpte.reset()
    assert fake_h2ogpte.state.collections == {} and fake_h2ogpte.state.token_delay == 0.002
    assert ok(api.get("/models"))
    assert ok(api.get("/collections")) == []
    assert [r.path for r in fake_h2ogpte.state.requests] == ["/api/v1/models", "/api/v1/collections"]
