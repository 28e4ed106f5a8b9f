"""The vendor's REST guide (`h2oGPTe REST API: Guide`), run step by step as raw HTTP against the fake, with
the guide's own requests: its headers (`Content-Type: application/json` on every call), bodies and
parameters, including what lies outside the spec (`"include_chat_history": "off"`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from h2ogpte_ext.testing import FakeH2OGPTE
from tests.in_spec import has

AGENT_PROMPT = (
    "Analyze the sales data and perform the following tasks:\n"
    "- Calculate total revenue and total units sold per product\n"
    "- Calculate total revenue per category\n"
    "- Find the best-selling product by revenue\n"
    "- Save the summary as a CSV file named 'sales_summary.csv'\n"
    "- Save a month-over-month revenue report as 'monthly_revenue.csv'\n"
    "Provide a brief written summary of the findings."
)
SALES = b"""product,category,revenue,units_sold,month
Widget A,Electronics,12500,250,January
Widget B,Electronics,8300,166,January
Gadget X,Accessories,4200,420,January
Widget A,Electronics,14200,284,February
"""


class Guide:
    """The guide's helpers (`api_get`, `api_post`, ...): raise on an HTTP error, return the JSON."""

    def __init__(self, server: FakeH2OGPTE) -> None:
        self.base = server.url
        self.v1 = f"{server.url}/api/v1"
        self.headers = {"Authorization": f"Bearer {server.api_key}", "Content-Type": "application/json"}
        self.http = httpx.Client(timeout=30)

    def handle(self, response: httpx.Response) -> Any:
        response.raise_for_status()
        try:
            return response.json()
        except ValueError:
            return {"raw": response.text}

    def get(self, path: str, params: dict[str, Any] | None = None) -> Any:
        return self.handle(self.http.get(f"{self.v1}/{path}", headers=self.headers, params=params))

    def post(self, path: str, body: Any = None, params: dict[str, Any] | None = None) -> Any:
        return self.handle(self.http.post(f"{self.v1}/{path}", headers=self.headers, json=body, params=params))

    def put_file(self, path: str, files: dict[str, Any]) -> Any:
        headers = {k: v for k, v in self.headers.items() if k != "Content-Type"}
        return self.handle(self.http.put(f"{self.v1}/{path}", headers=headers, files=files))


@pytest.fixture
def guide(fake_h2ogpte: FakeH2OGPTE) -> Iterator[Guide]:
    g = Guide(fake_h2ogpte)
    yield g
    g.http.close()


def test_the_vendor_guide_passes_every_step_as_raw_http(guide: Guide, figures: list[str]) -> None:
    passed: list[str] = []
    ids: dict[str, Any] = {}

    def step(name: str) -> Callable[[Callable[[], None]], None]:
        def run(body: Callable[[], None]) -> None:
            body()
            passed.append(name)

        return run

    http, v1, headers = guide.http, guide.v1, guide.headers

    @step("check server health")
    def _() -> None:
        assert http.get(f"{guide.base}/rpc/health/readiness", headers=headers).status_code == 200
        assert http.get(f"{guide.base}/rpc/health/liveness", headers=headers).status_code == 200

    @step("list available LLMs")
    def _() -> None:
        models = guide.get("models")
        assert models and (models[0].get("name") or models[0].get("id"))

    @step("create a collection")
    def _() -> None:
        coll = guide.post("collections", {"name": "demo-agent-csv", "description": "Demo collection"})
        ids["collection"] = coll["id"]

    @step("list collections")
    def _() -> None:
        cols = guide.get("collections", {"limit": 5, "sort_column": "updated_at", "ascending": False})
        assert [c["id"] for c in cols] == [ids["collection"]] and cols[0].get("document_count", 0) == 0

    @step("get a single collection")
    def _() -> None:
        assert guide.get(f"collections/{ids['collection']}")["name"] == "demo-agent-csv"

    @step("upload a file")
    def _() -> None:
        upload = guide.put_file("uploads", {"file": ("sales_data.csv", SALES, "text/csv")})
        assert upload["filename"] == "sales_data.csv"
        ids["upload"] = upload["id"]

    @step("ingest into the collection")
    def _() -> None:
        params = {"collection_id": ids["collection"], "gen_doc_summaries": False, "gen_doc_questions": False}
        resp = http.post(f"{v1}/uploads/{ids['upload']}/ingest", headers=headers, params=params)
        assert resp.status_code == 204
        assert guide.get(f"collections/{ids['collection']}")["document_count"] == 1

    @step("create a session (agent-only, no collection)")
    def _() -> None:
        ids["agent_session"] = guide.post("chats", body={})["id"]

    @step("create a session with a collection (for RAG)")
    def _() -> None:
        resp = http.post(f"{v1}/chats", headers=headers, json={}, params={"collection_id": ids["collection"]})
        resp.raise_for_status()
        ids["rag_session"] = resp.json()["id"]

    @step("list chat sessions")
    def _() -> None:
        sessions = guide.get("chats", {"limit": 5})
        assert len(sessions) == 2 and all(s["updated_at"][:19] for s in sessions)

    @step("send an agent query (non-streaming)")
    def _() -> None:
        payload = {
            "message": AGENT_PROMPT,
            "llm": "auto",
            "stream": False,
            "llm_args": {
                "use_agent": True,
                "agent_accuracy": "standard",
                "agent_max_turns": "auto",
                "agent_tools": "auto",
                "agent_total_timeout": 300,
                "agent_stream_files": True,
                "temperature": 0.0,
                "max_new_tokens": 4096,
            },
            "rag_config": {"rag_type": "llm_only"},
            "include_chat_history": "off",
        }
        resp = http.post(f"{v1}/chats/{ids['agent_session']}/completions", headers=headers, json=payload)
        resp.raise_for_status()
        ids["message"] = resp.json()["message_id"]
        assert resp.json()["body"]

    @step("send an agent query (streaming)")
    def _() -> None:
        payload = {
            "message": "Write a script that saves fibonacci numbers to 'fibonacci.csv'.",
            "llm": "auto",
            "stream": True,
            "llm_args": {"use_agent": True, "agent_accuracy": "quick", "agent_total_timeout": 120, "temperature": 0.0},
            "rag_config": {"rag_type": "llm_only"},
            "include_chat_history": "off",
        }
        ids["stream_session"] = guide.post("chats", body={})["id"]
        text, message_id = "", None
        url = f"{v1}/chats/{ids['stream_session']}/completions"
        with http.stream("POST", url, headers=headers, json=payload) as resp:
            resp.raise_for_status()
            for line in resp.iter_lines():
                if not line:
                    continue
                delta = json.loads(line)
                assert "error" not in delta
                text += delta.get("body", "")
                if delta.get("finished"):
                    message_id = delta.get("message_id")
                    break
        assert text and message_id

    @step("control chat message generation")
    def _() -> None:
        messages = guide.get(f"chats/{ids['stream_session']}/messages", {"offset": 0, "limit": 20})
        question_id = [m for m in messages if not m.get("reply_to")][-1]["id"]
        for control in (c for c in ("pause", "resume", "stop", "finish") if has(f"chat.{c}_chat_message")):
            resp = http.post(f"{v1}/messages/{question_id}/{control}", headers=headers)
            assert resp.status_code == 204

    @step("inspect chat message history")
    def _() -> None:
        messages = guide.get(f"chats/{ids['agent_session']}/messages", {"offset": 0, "limit": 20})
        assert [bool(m.get("reply_to")) for m in messages] == [False, True]

    @step("get agent-generated file list")
    def _() -> None:
        resp = http.get(f"{v1}/messages/{ids['message']}/meta", headers=headers, params={"info_type": "agent_files"})
        resp.raise_for_status()
        files: dict[str, str] = {}
        for entry in json.loads(resp.json()[0]["content"]):
            files.update(entry)
        assert sorted(files.values()) == ["monthly_revenue.csv", "sales_summary.csv"]
        ids["files"] = files

    @step("get usage stats")
    def _() -> None:
        resp = http.get(f"{v1}/messages/{ids['message']}/meta", headers=headers, params={"info_type": "usage_stats"})
        resp.raise_for_status()
        assert "input_tokens" in json.loads(resp.json()[0]["content"])

    @step("get agent reasoning trace")
    def _() -> None:
        params = {"info_type": "agent_chat_history_md"}
        resp = http.get(f"{v1}/messages/{ids['message']}/meta", headers=headers, params=params)
        resp.raise_for_status()
        assert "sales_summary.csv" in resp.json()[0]["content"]

    @step("list agent server files")
    def _() -> None:
        files = guide.get(f"chats/{ids['agent_session']}/agent_server_files")
        assert sorted(f["filename"] for f in files) == ["monthly_revenue.csv", "sales_summary.csv"]
        assert all(f["bytes"] > 0 and f["created_at"] > 0 for f in files)

    @step("per-session directory stats")
    def _() -> None:
        stats = guide.get(f"chats/{ids['agent_session']}/agent_server_directories/stats", {"detail_level": 1})
        assert len(stats) == 1 and stats[0]["file_count"] == 2 and len(stats[0]["files"]) == 2
        ids["directory"] = stats[0]["id"]

    @step("stats for a specific directory")
    def _() -> None:
        path = f"chats/{ids['agent_session']}/agent_server_directories/{quote(ids['directory'], safe='')}/stats"
        assert guide.get(path, {"detail_level": 1})["file_count"] == 2

    @step("global agent directory stats")
    def _() -> None:
        stats = guide.get("agents/directory_stats", {"offset": 0, "limit": 10})
        assert any(s["agent_chat_session_id"] == ids["agent_session"] for s in stats)

    @step("download agent-generated files")
    def _() -> None:
        auth = {"Authorization": headers["Authorization"]}
        for doc_id, filename in ids["files"].items():
            url = f"{guide.base}/file?id={quote(doc_id, safe='')}&name={quote(filename, safe='')}"
            resp = http.get(url, headers=auth)
            assert resp.status_code == 200 and resp.content.startswith(b"item,value\n")

    @step("list all available agent tools")
    def _() -> None:
        assert all(t.get("name") for t in guide.get("agents/tools"))

    @step("get user's tool preference")
    def _() -> None:
        assert guide.get("agents/tool_preference") == []

    @step("get suggested follow-up questions")
    def _() -> None:
        assert all(q.get("question") for q in guide.get(f"chats/{ids['agent_session']}/questions", {"limit": 5}))

    @step("get session details")
    def _() -> None:
        detail = guide.get(f"chats/{ids['agent_session']}")
        assert detail["id"] == ids["agent_session"] and detail["latest_message_content"]

    @step("get message references (RAG citations)")
    def _() -> None:
        assert guide.get(f"messages/{ids['message']}/references") == []  # an llm_only session cites nothing

    @step("delete agent files")
    def _() -> None:
        resp = http.delete(f"{v1}/chats/{ids['agent_session']}/agent_server_files", headers=headers)
        assert resp.status_code in (200, 204)
        assert guide.get(f"chats/{ids['agent_session']}/agent_server_files") == []

    @step("clean up resources")
    def _() -> None:
        for sid in (ids["agent_session"], ids["rag_session"], ids["stream_session"]):
            assert http.delete(f"{v1}/chats/{sid}", headers=headers).status_code == 204
        assert http.delete(f"{v1}/collections/{ids['collection']}", headers=headers).status_code == 204
        # "If you delete a resource that has already been deleted, the API returns 404."
        assert http.delete(f"{v1}/collections/{ids['collection']}", headers=headers).status_code == 404
        assert http.delete(f"{v1}/chats/{ids['agent_session']}", headers=headers).status_code == 404

    assert len(passed) == 29, passed
    figures.append(f"vendor REST guide as raw HTTP against the fake: {len(passed)} of {len(passed)} steps pass")
