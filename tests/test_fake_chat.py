"""Tag "Chat" (`handlers/chat.py`): completions as JSON and JSONL, generation control, the scripted agent and its
files, RAG answers with references, messages and question-answer feedback."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from h2ogpte_ext.testing import FakeH2OGPTE
from tests.in_spec import require
from tests.raw import ok

pytestmark = pytest.mark.e2e


def _collection(api: httpx.Client, name: str = "c") -> str:
    return str(ok(api.post("/collections", json={"name": name, "description": "d"}), 201)["id"])


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


AGENT_PROMPT = (
    "Analyze the sales data. Save the summary as a CSV file named 'sales_summary.csv'\n"
    "- Save a month-over-month revenue report as 'monthly_revenue.csv'"
)


def _session(http: httpx.Client, collection_id: str | None = None) -> str:
    params = {"collection_id": collection_id} if collection_id else {}
    response = http.post("/api/v1/chats", json={}, params=params)
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


def _meta(http: httpx.Client, message_id: str, info_type: str) -> str:
    items = http.get(f"/api/v1/messages/{message_id}/meta", params={"info_type": info_type}).json()
    assert [i["message_type"] for i in items] == [info_type]
    return str(items[0]["content"])


def _lines(response: httpx.Response) -> Iterator[dict[str, Any]]:
    for raw in response.iter_lines():
        if raw:
            yield json.loads(raw)


def _post_completion(api: httpx.Client, **extra: Any) -> httpx.Response:
    session_id = ok(api.post("/chats", json={}), 201)["id"]
    return api.post(f"/chats/{session_id}/completions", json={"message": "hi", **extra})


def test_feedbacks_are_the_voted_answers(api: httpx.Client) -> None:
    collection = _collection(api)
    assert ok(api.get("/question_answer_feedbacks/count")) == {"count": 0}
    assert ok(api.get("/question_answer_feedbacks")) == []
    session = ok(api.post("/chats", params={"collection_id": collection}), 201)["id"]
    reply = ok(api.post(f"/chats/{session}/completions", json={"message": "What is new?"}))["message_id"]
    assert ok(api.get("/question_answer_feedbacks/count")) == {"count": 0}

    ok(api.put(f"/messages/{reply}/votes", json={"votes": 1}), 204)
    assert ok(api.get("/question_answer_feedbacks/count")) == {"count": 1}
    assert ok(api.get("/question_answer_feedbacks/count", params={"collection_id": collection})) == {"count": 1}
    assert ok(api.get("/question_answer_feedbacks/count", params={"collection_id": "other"})) == {"count": 0}
    assert ok(api.get("/question_answer_feedbacks/count", params={"no_collection": True})) == {"count": 0}
    comment = {"expected_answer": "Everything.", "user_comment": "too short"}
    ok(api.post(f"/question_answer_feedbacks/{reply}", json=comment), 204)
    (feedback,) = ok(api.get("/question_answer_feedbacks"))
    assert feedback["reply_id"] == reply and feedback["votes"] == 1
    assert feedback["question_content"] == "What is new?" and feedback["collection_id"] == collection
    assert feedback["expected_answer"] == "Everything." and feedback["user_comment"] == "too short"

    ok(api.delete(f"/messages/{reply}"), 204)
    assert ok(api.get("/question_answer_feedbacks/count")) == {"count": 0}


def test_messages_named_twice_in_one_delete_go_once(api: httpx.Client) -> None:
    session = api.post("/chats").json()
    api.post(f"/chats/{session['id']}/completions", json={"message": "Hello"})
    (question, _answer) = api.get(f"/chats/{session['id']}/messages").json()
    assert api.delete(f"/messages/{question['id']},{question['id']}").status_code == 204
    assert [m["id"] for m in api.get(f"/chats/{session['id']}/messages").json()] == [_answer["id"]]


def test_agent_run_writes_the_named_files_and_exposes_them(http: httpx.Client) -> None:
    session_id = _session(http)
    response = http.post(f"/api/v1/chats/{session_id}/completions", json=_completion(AGENT_PROMPT, agent=True))
    assert response.status_code == 200, response.text
    message_id, body = response.json()["message_id"], response.json()["body"]
    assert "sales_summary.csv" in body

    messages = http.get(f"/api/v1/chats/{session_id}/messages", params={"offset": 0, "limit": 20}).json()
    question, reply = messages
    assert "reply_to" not in question and question["content"] == AGENT_PROMPT
    assert reply["reply_to"] == question["id"] and reply["id"] == message_id and reply["content"] == body

    files: dict[str, str] = {}
    for entry in json.loads(_meta(http, message_id, "agent_files")):
        files.update(entry)
    assert sorted(files.values()) == ["monthly_revenue.csv", "sales_summary.csv"]
    usage = json.loads(_meta(http, message_id, "usage_stats"))
    assert usage["output_tokens"] > 0
    assert "sales_summary.csv" in _meta(http, message_id, "agent_chat_history_md")

    server_files = http.get(f"/api/v1/chats/{session_id}/agent_server_files").json()
    assert {f["id"]: f["filename"] for f in server_files} == files
    for doc_id, name in files.items():
        download = http.get("/file", params={"id": doc_id, "name": name})
        assert download.status_code == 200
        assert download.content.startswith(b"item,value\n")
        assert int(download.headers["content-length"]) == next(f["bytes"] for f in server_files if f["id"] == doc_id)

    (directory,) = http.get(
        f"/api/v1/chats/{session_id}/agent_server_directories/stats", params={"detail_level": 1}
    ).json()
    assert directory["file_count"] == 2 and len(directory["files"]) == 2
    single = http.get(f"/api/v1/chats/{session_id}/agent_server_directories/{directory['id']}/stats").json()
    assert single["size_bytes"] == sum(f["bytes"] for f in server_files)
    (overall,) = http.get("/api/v1/agents/directory_stats", params={"offset": 0, "limit": 10}).json()
    assert overall["agent_chat_session_id"] == session_id

    assert http.delete(f"/api/v1/chats/{session_id}/agent_server_files").status_code == 204
    assert http.get(f"/api/v1/chats/{session_id}/agent_server_files").json() == []
    assert http.get("/file", params={"id": next(iter(files)), "name": "x"}).status_code == 404
    assert http.delete(f"/api/v1/chats/{session_id}").status_code == 204
    assert http.get(f"/api/v1/chats/{session_id}").status_code == 404


def test_streamed_completion_arrives_token_by_token(http: httpx.Client) -> None:
    session_id = _session(http)
    payload = _completion("Write 'fibonacci.csv' please", stream=True, agent=True)
    with http.stream("POST", f"/api/v1/chats/{session_id}/completions", json=payload) as response:
        assert response.headers["content-type"].startswith("application/jsonl")
        deltas = list(_lines(response))
    assert len(deltas) > 5
    assert all(not d["finished"] for d in deltas[:-1])
    assert deltas[-1]["finished"] and deltas[-1]["message_id"]
    text = "".join(d["body"] for d in deltas)
    reply = http.get(f"/api/v1/chats/{session_id}/messages").json()[-1]
    assert reply["id"] == deltas[-1]["message_id"] and reply["content"] == text


@pytest.mark.parametrize("control", ["stop", "finish"])
def test_generation_control_reacts_mid_stream(fake_h2ogpte: FakeH2OGPTE, http: httpx.Client, control: str) -> None:
    require(f"chat.{control}_chat_message")
    fake_h2ogpte.state.token_delay = 0.02
    session_id = _session(http)
    payload = _completion("tell me a long story " * 5, stream=True)
    with http.stream("POST", f"/api/v1/chats/{session_id}/completions", json=payload) as response:
        lines = _lines(response)
        first = next(lines)
        question_id = next(
            m["id"] for m in http.get(f"/api/v1/chats/{session_id}/messages").json() if "reply_to" not in m
        )
        assert http.post(f"/api/v1/messages/{question_id}/pause").status_code == 204
        assert fake_h2ogpte.state.generations[question_id].paused
        assert http.post(f"/api/v1/messages/{question_id}/resume").status_code == 204
        assert http.post(f"/api/v1/messages/{question_id}/{control}").status_code == 204
        rest = list(lines)
    deltas = [first, *rest]
    assert deltas[-1]["finished"]
    text = "".join(d["body"] for d in deltas)
    assert len(text.split()) < 20  # cut short: the full answer has more than 20 words
    if control == "finish":
        assert text.endswith("In short: done.")
    reply = http.get(f"/api/v1/chats/{session_id}/messages").json()[-1]
    assert reply["content"] == text


def test_rag_session_answers_from_documents_with_references(http: httpx.Client) -> None:
    collection = _new_collection(http)
    upload_id = _upload(http)
    http.post(f"/api/v1/uploads/{upload_id}/ingest", params={"collection_id": collection["id"]})
    rag_session = _session(http, collection["id"])
    answer = http.post(f"/api/v1/chats/{rag_session}/completions", json=_completion("Revenue?", rag_type="rag"))
    assert "sales.csv" in answer.json()["body"]
    (reference,) = http.get(f"/api/v1/messages/{answer.json()['message_id']}/references").json()
    assert reference["document_name"] == "sales.csv"

    plain = http.post(f"/api/v1/chats/{rag_session}/completions", json=_completion("Revenue?"))
    assert http.get(f"/api/v1/messages/{plain.json()['message_id']}/references").json() == []
    assert http.get(f"/api/v1/chats/{rag_session}").json()["collection_id"] == collection["id"]
    questions = http.get(f"/api/v1/chats/{rag_session}/questions", params={"limit": 2}).json()
    assert len(questions) == 2 and all(q["question"] for q in questions)


def test_stream_error_line(fake_h2ogpte: FakeH2OGPTE, http: httpx.Client) -> None:
    fake_h2ogpte.state.completion_failures.append("model overloaded")
    session_id = _session(http)
    with http.stream(
        "POST", f"/api/v1/chats/{session_id}/completions", json=_completion("hi there you", stream=True)
    ) as r:
        deltas = list(_lines(r))
    assert deltas[-1] == {"error": "model overloaded"}


def test_the_guides_include_chat_history_off_is_accepted(api: httpx.Client) -> None:
    assert ok(_post_completion(api, include_chat_history="off"))["body"]
