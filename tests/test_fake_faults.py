"""Fault injection and the request log (`_faults.py`): statuses, `Retry-After`, dropped bodies, broken JSONL lines,
latency, and the bounded log of requests seen."""

from __future__ import annotations

import email.utils
import json
from typing import Any

import httpx
import pytest

from h2ogpte_ext.testing import FakeH2OGPTE
from h2ogpte_ext.testing._faults import MAX_LOGGED_CHARS, RequestLog, Seen
from tests.raw import api_client, ok

pytestmark = pytest.mark.e2e

HTTP_DATE = email.utils.formatdate(1_700_000_000, usegmt=True)


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


@pytest.mark.parametrize(
    ("given", "header"), [(1, "1"), (2.0, "2"), (1.5, "1.5"), (0.01, "0.01"), ("30", "30"), (HTTP_DATE, HTTP_DATE)]
)
def test_retry_after_takes_seconds_as_numbers(
    fake_h2ogpte: FakeH2OGPTE, api: httpx.Client, given: float | str, header: str
) -> None:
    fake_h2ogpte.faults.add(path="/api/v1/collections", status=429, retry_after=given)
    response = api.get("/collections")
    assert (response.status_code, response.headers["retry-after"]) == (429, header)
    assert response.json()["code"] == 429


@pytest.mark.parametrize("given", ["soon", "", "-1", "1\r\nX-Injected: yes", -1, float("nan"), float("inf"), True, [1]])
def test_a_nonsense_retry_after_is_refused_when_added(
    fake_h2ogpte: FakeH2OGPTE, api: httpx.Client, given: object
) -> None:
    with pytest.raises((ValueError, TypeError), match="retry_after"):
        fake_h2ogpte.faults.add(path="/api/v1/collections", status=429, retry_after=given)
    assert api.get("/collections").status_code == 200  # nothing was added


def test_other_fault_values_are_checked_when_added(fake_h2ogpte: FakeH2OGPTE) -> None:
    with pytest.raises(ValueError, match="status"):
        fake_h2ogpte.faults.add(status=42)
    with pytest.raises(ValueError, match="location"):
        fake_h2ogpte.faults.add(status=302, location="/a\r\nX-Injected: yes")


def test_the_request_log_keeps_the_last_requests() -> None:
    with FakeH2OGPTE(max_logged_requests=5) as server, api_client(server) as api:
        for offset in range(12):
            ok(api.get("/collections", params={"offset": offset}))
        log = server.state.requests
        assert len(log) == 5 and log.dropped == 7
        assert [r.query for r in log] == [f"offset={n}" for n in range(7, 12)]
        assert log[-1] == Seen("GET", "/api/v1/collections", "offset=11", True)
        assert isinstance(log[1:], list) and log[3:] == list(log)[3:]
        server.state.max_logged_requests = 2  # changed on a running server: applies from the next request
        ok(api.get("/collections"))
        assert [r.query for r in log] == ["offset=11", ""]


def test_the_request_log_defaults_to_ten_thousand(fake_h2ogpte: FakeH2OGPTE, api: httpx.Client) -> None:
    assert fake_h2ogpte.state.max_logged_requests == 10_000
    assert fake_h2ogpte.state.requests == []
    ok(api.get("/collections"))
    assert fake_h2ogpte.state.requests == [Seen("GET", "/api/v1/collections", "", True)]


def test_a_long_query_is_cut_in_the_log(fake_h2ogpte: FakeH2OGPTE, api: httpx.Client) -> None:
    ok(api.get("/collections", params={"name_filter": "x" * 50_000}))
    (seen,) = fake_h2ogpte.state.requests
    assert len(seen.query) == MAX_LOGGED_CHARS and seen.query.startswith("name_filter=xxx") and seen.truncated


def test_a_request_log_reads_as_a_list() -> None:
    log = RequestLog(limit=2)
    for n in range(3):
        log.append(Seen("GET", f"/{n}", "", False))
    assert log == [Seen("GET", "/1", "", False), Seen("GET", "/2", "", False)] and log != [] and len(log) == 2
    assert [s.path for s in reversed(log)] == ["/2", "/1"] and log[0].path == "/1"
    log.clear()
    assert log == [] and log.dropped == 0


def test_fault_status_burst_then_success(fake_h2ogpte: FakeH2OGPTE, http: httpx.Client) -> None:
    fake_h2ogpte.faults.add(path="/api/v1/models", status=503, times=2)
    fake_h2ogpte.faults.add(path="/api/v1/collections", status=429, retry_after="1")
    assert [http.get("/api/v1/models").status_code for _ in range(3)] == [503, 503, 200]
    limited = http.get("/api/v1/collections")
    assert (limited.status_code, limited.headers["retry-after"]) == (429, "1")
    assert limited.json()["code"] == 429
    assert http.get("/api/v1/collections").status_code == 200


def test_fault_drops_a_download_mid_body(fake_h2ogpte: FakeH2OGPTE, http: httpx.Client) -> None:
    collection = _new_collection(http)
    http.post(f"/api/v1/uploads/{_upload(http, data=CSV * 1000)}/ingest", params={"collection_id": collection["id"]})
    (document,) = http.get(f"/api/v1/collections/{collection['id']}/documents").json()
    fake_h2ogpte.faults.add(path="/file", drop_after_bytes=1000)
    with pytest.raises(httpx.RemoteProtocolError):
        http.get("/file", params={"id": document["id"], "name": document["name"]})
    assert len(http.get("/file", params={"id": document["id"], "name": document["name"]}).content) == len(CSV) * 1000


@pytest.mark.parametrize("kind", ["malformed", "truncated"])
def test_fault_breaks_a_jsonl_line(fake_h2ogpte: FakeH2OGPTE, http: httpx.Client, kind: str) -> None:
    session_id = _session(http)
    fake_h2ogpte.faults.add(path="/api/v1/chats/*/completions", jsonl_line=2, jsonl=kind)
    with http.stream("POST", f"/api/v1/chats/{session_id}/completions", json=_completion("a b c d", stream=True)) as r:
        raw = [line for line in r.iter_lines() if line]
    json.loads(raw[0])
    with pytest.raises(json.JSONDecodeError):
        json.loads(raw[1])
    if kind == "truncated":
        assert len(raw) == 2


def test_fault_latency(fake_h2ogpte: FakeH2OGPTE, http: httpx.Client) -> None:
    fake_h2ogpte.faults.add(path="/rpc/health/readiness", latency=0.3)
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(f"{fake_h2ogpte.url}/rpc/health/readiness", timeout=0.05)
