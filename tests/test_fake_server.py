"""The fake h2oGPTe, exercised over real HTTP on 127.0.0.1 with plain httpx (not our own client)."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from h2ogpte_ext.testing import FakeH2OGPTE, handled_operations, simulated_operations
from h2ogpte_ext.testing._state import Blob
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


@pytest.mark.parametrize("data", [CSV, CSV * 3000], ids=["kept in memory", "kept on disk"])
def test_synchronous_ingest_adds_the_document(api: httpx.Client, data: bytes) -> None:
    collection = _collection(api)
    upload_id = _upload(api, data=data)
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
    assert (after["document_count"], after["document_size"]) == (1, len(data))

    where = {"id": document["id"], "name": document["name"]}
    download = api.get("/file", params=where)
    assert download.status_code == 200
    assert download.content == data
    assert download.headers["content-length"] == str(len(data))
    assert download.headers["content-type"].startswith("text/csv")
    part = api.get("/file", params=where, headers={"Range": "bytes=2-9"})
    assert (part.status_code, part.content) == (206, data[2:10])


def test_synchronous_ingest_honours_its_timeout(fake_h2ogpte: FakeH2OGPTE, api: httpx.Client) -> None:
    collection = _collection(api)
    fake_h2ogpte.state.ingest_seconds = 0.2
    params = {"collection_id": collection["id"], "timeout": 0.05}
    late = api.post(f"/api/v1/uploads/{_upload(api)}/ingest", params=params)
    assert late.status_code == 400 and "timeout" in late.json()["message"]
    assert api.get(f"/api/v1/collections/{collection['id']}/documents").json() == []
    params["timeout"] = 5
    assert api.post(f"/api/v1/uploads/{_upload(api)}/ingest", params=params).status_code == 204


def test_ingest_job_moves_from_queued_through_running_to_completed(api: httpx.Client) -> None:
    collection = _collection(api)
    first, second = _upload(api, "a.csv"), _upload(api, "b.txt", b"hello")
    created = api.post(f"/api/v1/uploads/{first},{second}/ingest/job", params={"collection_id": collection["id"]})
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
    job = api.post(f"/api/v1/uploads/{_upload(api)}/ingest/job", params={"collection_id": collection["id"]}).json()
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


def test_every_operation_is_routed_and_none_answers_501(api: httpx.Client, figures: list[str]) -> None:
    response = api.get("/api/v1/prompt_templates")
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


def test_a_response_outside_the_spec_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    from starlette.responses import JSONResponse

    from h2ogpte_ext.testing import _state

    async def broken(call: Any) -> JSONResponse:
        return JSONResponse([{"id": 1}])  # display_name missing, id not a string

    monkeypatch.setitem(_state.HANDLERS, "list_models", broken)
    server = FakeH2OGPTE()
    with pytest.raises(AssertionError, match=r"GET /api/v1/models -> 200"), server:
        response = httpx.get(f"{server.url}/api/v1/models", headers={"Authorization": f"Bearer {server.api_key}"})
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


AGENT_PROMPT = (
    "Analyze the sales data. Save the summary as a CSV file named 'sales_summary.csv'\n"
    "- Save a month-over-month revenue report as 'monthly_revenue.csv'"
)


def _session(api: httpx.Client, collection_id: str | None = None) -> str:
    params = {"collection_id": collection_id} if collection_id else {}
    response = api.post("/api/v1/chats", json={}, params=params)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def _completion(message: str, *, stream: bool = False, agent: bool = False, rag_type: str = "llm_only") -> Any:
    return {
        "message": message,
        "llm": "auto",
        "stream": stream,
        "llm_args": {"use_agent": agent, "agent_accuracy": "quick", "temperature": 0.0},
        "rag_config": {"rag_type": rag_type},
        "include_chat_history": "false",
    }


def _meta(api: httpx.Client, message_id: str, info_type: str) -> str:
    items = api.get(f"/api/v1/messages/{message_id}/meta", params={"info_type": info_type}).json()
    assert [i["message_type"] for i in items] == [info_type]
    return str(items[0]["content"])


def test_agent_run_writes_the_named_files_and_exposes_them(api: httpx.Client) -> None:
    session_id = _session(api)
    response = api.post(f"/api/v1/chats/{session_id}/completions", json=_completion(AGENT_PROMPT, agent=True))
    assert response.status_code == 200, response.text
    message_id, body = response.json()["message_id"], response.json()["body"]
    assert "sales_summary.csv" in body

    messages = api.get(f"/api/v1/chats/{session_id}/messages", params={"offset": 0, "limit": 20}).json()
    question, reply = messages
    assert "reply_to" not in question and question["content"] == AGENT_PROMPT
    assert reply["reply_to"] == question["id"] and reply["id"] == message_id and reply["content"] == body

    files: dict[str, str] = {}
    for entry in json.loads(_meta(api, message_id, "agent_files")):
        files.update(entry)
    assert sorted(files.values()) == ["monthly_revenue.csv", "sales_summary.csv"]
    usage = json.loads(_meta(api, message_id, "usage_stats"))
    assert usage["output_tokens"] > 0
    assert "sales_summary.csv" in _meta(api, message_id, "agent_chat_history_md")

    server_files = api.get(f"/api/v1/chats/{session_id}/agent_server_files").json()
    assert {f["id"]: f["filename"] for f in server_files} == files
    for doc_id, name in files.items():
        download = api.get("/file", params={"id": doc_id, "name": name})
        assert download.status_code == 200
        assert download.content.startswith(b"item,value\n")
        assert int(download.headers["content-length"]) == next(f["bytes"] for f in server_files if f["id"] == doc_id)

    (directory,) = api.get(
        f"/api/v1/chats/{session_id}/agent_server_directories/stats", params={"detail_level": 1}
    ).json()
    assert directory["file_count"] == 2 and len(directory["files"]) == 2
    single = api.get(f"/api/v1/chats/{session_id}/agent_server_directories/{directory['id']}/stats").json()
    assert single["size_bytes"] == sum(f["bytes"] for f in server_files)
    (overall,) = api.get("/api/v1/agents/directory_stats", params={"offset": 0, "limit": 10}).json()
    assert overall["agent_chat_session_id"] == session_id

    assert api.delete(f"/api/v1/chats/{session_id}/agent_server_files").status_code == 204
    assert api.get(f"/api/v1/chats/{session_id}/agent_server_files").json() == []
    assert api.get("/file", params={"id": next(iter(files)), "name": "x"}).status_code == 404
    assert api.delete(f"/api/v1/chats/{session_id}").status_code == 204
    assert api.get(f"/api/v1/chats/{session_id}").status_code == 404


def _lines(response: httpx.Response) -> Iterator[dict[str, Any]]:
    for raw in response.iter_lines():
        if raw:
            yield json.loads(raw)


def test_streamed_completion_arrives_token_by_token(api: httpx.Client) -> None:
    session_id = _session(api)
    payload = _completion("Write 'fibonacci.csv' please", stream=True, agent=True)
    with api.stream("POST", f"/api/v1/chats/{session_id}/completions", json=payload) as response:
        assert response.headers["content-type"].startswith("application/jsonl")
        deltas = list(_lines(response))
    assert len(deltas) > 5
    assert all(not d["finished"] for d in deltas[:-1])
    assert deltas[-1]["finished"] and deltas[-1]["message_id"]
    text = "".join(d["body"] for d in deltas)
    reply = api.get(f"/api/v1/chats/{session_id}/messages").json()[-1]
    assert reply["id"] == deltas[-1]["message_id"] and reply["content"] == text


@pytest.mark.parametrize("control", ["stop", "finish"])
def test_generation_control_reacts_mid_stream(fake_h2ogpte: FakeH2OGPTE, api: httpx.Client, control: str) -> None:
    fake_h2ogpte.state.token_delay = 0.02
    session_id = _session(api)
    payload = _completion("tell me a long story " * 5, stream=True)
    with api.stream("POST", f"/api/v1/chats/{session_id}/completions", json=payload) as response:
        lines = _lines(response)
        first = next(lines)
        question_id = next(
            m["id"] for m in api.get(f"/api/v1/chats/{session_id}/messages").json() if "reply_to" not in m
        )
        assert api.post(f"/api/v1/messages/{question_id}/pause").status_code == 204
        assert fake_h2ogpte.state.generations[question_id].paused
        assert api.post(f"/api/v1/messages/{question_id}/resume").status_code == 204
        assert api.post(f"/api/v1/messages/{question_id}/{control}").status_code == 204
        rest = list(lines)
    deltas = [first, *rest]
    assert deltas[-1]["finished"]
    text = "".join(d["body"] for d in deltas)
    assert len(text.split()) < 20  # cut short: the full answer has more than 20 words
    if control == "finish":
        assert text.endswith("In short: done.")
    reply = api.get(f"/api/v1/chats/{session_id}/messages").json()[-1]
    assert reply["content"] == text


def test_rag_session_answers_from_documents_with_references(api: httpx.Client) -> None:
    collection = _collection(api)
    upload_id = _upload(api)
    api.post(f"/api/v1/uploads/{upload_id}/ingest", params={"collection_id": collection["id"]})
    rag_session = _session(api, collection["id"])
    answer = api.post(f"/api/v1/chats/{rag_session}/completions", json=_completion("Revenue?", rag_type="rag"))
    assert "sales.csv" in answer.json()["body"]
    (reference,) = api.get(f"/api/v1/messages/{answer.json()['message_id']}/references").json()
    assert reference["document_name"] == "sales.csv"

    plain = api.post(f"/api/v1/chats/{rag_session}/completions", json=_completion("Revenue?"))
    assert api.get(f"/api/v1/messages/{plain.json()['message_id']}/references").json() == []
    assert api.get(f"/api/v1/chats/{rag_session}").json()["collection_id"] == collection["id"]
    questions = api.get(f"/api/v1/chats/{rag_session}/questions", params={"limit": 2}).json()
    assert len(questions) == 2 and all(q["question"] for q in questions)


def test_agent_tools_and_tool_preference(api: httpx.Client) -> None:
    tools = api.get("/api/v1/agents/tools").json()
    assert "python" in [t["name"] for t in tools]
    assert api.get("/api/v1/agents/tool_preference").json() == []
    assert api.post("/api/v1/agents/tool_preference", json={"reference_value": ["python"]}).status_code == 204
    assert api.get("/api/v1/agents/tool_preference").json() == ["python"]
    assert api.delete("/api/v1/agents/tool_preference").status_code == 204
    assert api.get("/api/v1/agents/tool_preference").json() == []


def test_stream_error_line(fake_h2ogpte: FakeH2OGPTE, api: httpx.Client) -> None:
    fake_h2ogpte.state.completion_failures.append("model overloaded")
    session_id = _session(api)
    with api.stream(
        "POST", f"/api/v1/chats/{session_id}/completions", json=_completion("hi there you", stream=True)
    ) as r:
        deltas = list(_lines(r))
    assert deltas[-1] == {"error": "model overloaded"}


# --- fault injection ---------------------------------------------------------------------------------


def test_fault_status_burst_then_success(fake_h2ogpte: FakeH2OGPTE, api: httpx.Client) -> None:
    fake_h2ogpte.faults.add(path="/api/v1/models", status=503, times=2)
    fake_h2ogpte.faults.add(path="/api/v1/collections", status=429, retry_after="1")
    assert [api.get("/api/v1/models").status_code for _ in range(3)] == [503, 503, 200]
    limited = api.get("/api/v1/collections")
    assert (limited.status_code, limited.headers["retry-after"]) == (429, "1")
    assert limited.json()["code"] == 429
    assert api.get("/api/v1/collections").status_code == 200


def test_fault_drops_a_download_mid_body(fake_h2ogpte: FakeH2OGPTE, api: httpx.Client) -> None:
    collection = _collection(api)
    api.post(f"/api/v1/uploads/{_upload(api, data=CSV * 1000)}/ingest", params={"collection_id": collection["id"]})
    (document,) = api.get(f"/api/v1/collections/{collection['id']}/documents").json()
    fake_h2ogpte.faults.add(path="/file", drop_after_bytes=1000)
    with pytest.raises(httpx.RemoteProtocolError):
        api.get("/file", params={"id": document["id"], "name": document["name"]})
    assert len(api.get("/file", params={"id": document["id"], "name": document["name"]}).content) == len(CSV) * 1000


@pytest.mark.parametrize("kind", ["malformed", "truncated"])
def test_fault_breaks_a_jsonl_line(fake_h2ogpte: FakeH2OGPTE, api: httpx.Client, kind: str) -> None:
    session_id = _session(api)
    fake_h2ogpte.faults.add(path="/api/v1/chats/*/completions", jsonl_line=2, jsonl=kind)
    with api.stream("POST", f"/api/v1/chats/{session_id}/completions", json=_completion("a b c d", stream=True)) as r:
        raw = [line for line in r.iter_lines() if line]
    json.loads(raw[0])
    with pytest.raises(json.JSONDecodeError):
        json.loads(raw[1])
    if kind == "truncated":
        assert len(raw) == 2


def test_fault_latency(fake_h2ogpte: FakeH2OGPTE, api: httpx.Client) -> None:
    fake_h2ogpte.faults.add(path="/rpc/health/readiness", latency=0.3)
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(f"{fake_h2ogpte.url}/rpc/health/readiness", timeout=0.05)


def test_an_upload_ingested_twice_at_once_becomes_one_document(fake_h2ogpte: FakeH2OGPTE, api: httpx.Client) -> None:
    collection = _collection(api)
    ingest = functools.partial(api.post, params={"collection_id": collection["id"]})
    unknown = ingest("/api/v1/uploads/nope/ingest").status_code  # how this operation answers an unknown upload
    upload_id = _upload(api)
    fake_h2ogpte.state.ingest_seconds = 0.3
    with ThreadPoolExecutor(2) as pool:
        answers = pool.map(lambda _: ingest(f"/api/v1/uploads/{upload_id}/ingest"), range(2))
        statuses = sorted(r.status_code for r in answers)
    assert statuses == sorted([204, unknown])  # the second finds the upload gone: it is one document
    assert len(api.get(f"/api/v1/collections/{collection['id']}/documents").json()) == 1


def test_an_upload_deleted_while_it_is_ingested_is_not_found(fake_h2ogpte: FakeH2OGPTE, api: httpx.Client) -> None:
    collection = _collection(api)
    ingest = functools.partial(api.post, params={"collection_id": collection["id"]})
    unknown = ingest("/api/v1/uploads/nope/ingest").status_code
    upload_id = _upload(api)
    fake_h2ogpte.state.ingest_seconds = 0.3
    with ThreadPoolExecutor(1) as pool:
        late = pool.submit(ingest, f"/api/v1/uploads/{upload_id}/ingest")
        time.sleep(0.1)  # the ingest is waiting; a bound, not a measurement: 0.3 s leave room
        assert api.delete("/rpc/fs", params={"id": upload_id}).status_code == 200
        assert late.result().status_code == unknown
    assert api.get(f"/api/v1/collections/{collection['id']}/documents").json() == []


def test_a_crash_outside_the_api_routes_is_recorded(fake_h2ogpte: FakeH2OGPTE, api: httpx.Client) -> None:
    collection = _collection(api)
    api.post(f"/api/v1/uploads/{_upload(api)}/ingest", params={"collection_id": collection["id"]})
    (document,) = api.get(f"/api/v1/collections/{collection['id']}/documents").json()
    fake_h2ogpte.state.document_files[document["id"]] = Blob(fake_h2ogpte.workdir / "gone")  # a bug in the fake
    assert api.get("/file", params={"id": document["id"], "name": "a.csv"}).status_code == 500
    assert len(fake_h2ogpte.state.violations) == 1 and "GET /file: the fake raised" in fake_h2ogpte.state.violations[0]
    fake_h2ogpte.state.violations.clear()  # recorded as it should be: not a failure of this test
