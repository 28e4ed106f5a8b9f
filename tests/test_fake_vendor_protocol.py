"""The routes outside the spec that the vendor's client uses (`_rpc.py`, `_websocket.py`), checked message by
message: `GET /rpc/meta` parses as the vendor's `Meta`, `/rpc/fs` uploads, lists and deletes, and the `/ws` chat
websocket acknowledges, streams, answers and refuses as `h2ogpte/session.py` reads it."""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from h2ogpte import H2OGPTE
from h2ogpte.types import Meta, SessionError
from websockets.exceptions import InvalidStatus
from websockets.sync.client import ClientConnection, connect
from websockets.sync.connection import Connection

from h2ogpte_ext.testing import FakeH2OGPTE


@pytest.fixture
def root(fake_h2ogpte: FakeH2OGPTE) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {fake_h2ogpte.api_key}"}
    with httpx.Client(base_url=fake_h2ogpte.url, headers=headers, timeout=10) as client:
        yield client


def _socket(fake: FakeH2OGPTE, key: str | None = None) -> ClientConnection:
    address = fake.url.replace("http://", "ws://") + "/ws?currentSessionID=x&source=py"
    return connect(address, additional_headers={"Authorization": f"Bearer {key or fake.api_key}"}, open_timeout=10)


def _query(session_id: str, body: str = "Hello?", **fields: Any) -> tuple[str, str]:
    """A `cq` message as the vendor's client writes it (its JSON options as JSON text), and its correlation id."""
    correlation_id = str(uuid.uuid4())
    message = {
        "t": "cq",
        "mode": "s",
        "session_id": session_id,
        "correlation_id": correlation_id,
        "body": body,
        "llm": None,
        "llm_args": json.dumps(fields.pop("llm_args", None)),
        "rag_config": json.dumps(None),
        "self_reflection_config": json.dumps(None),
        "include_chat_history": "auto",
        **fields,
    }
    return json.dumps(message), correlation_id


def _until(socket: Connection, *ending: str) -> list[dict[str, Any]]:
    """The messages received up to the first of a type in `ending`, that one included."""
    received = []
    while True:
        message = json.loads(socket.recv(timeout=10))
        received.append(message)
        if message["t"] in ending:
            return received


def test_meta_is_the_vendors_meta_of_the_same_state(root: httpx.Client, fake_h2ogpte: FakeH2OGPTE) -> None:
    root.put("/api/v1/configurations/max_uploads", json={"string_value": "7", "can_overwrite": True, "is_public": True})
    meta = Meta(**root.get("/rpc/meta").json())
    (user,) = root.get("/api/v1/users").json()
    assert (meta.username, meta.user_id, meta.version) == (user["username"], user["id"], "1.7.5")
    assert [(c.key_name, c.string_value) for c in meta.global_configs] == [("max_uploads", "7")]
    assert httpx.get(f"{fake_h2ogpte.url}/rpc/meta").status_code == 401  # the key is required


def test_fs_uploads_lists_and_deletes(root: httpx.Client, fake_h2ogpte: FakeH2OGPTE) -> None:
    vendor = H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key)
    kept = vendor.upload("kept.txt", io.BytesIO(b"kept"), uri="https://example.com/kept.txt")
    gone = vendor.upload("gone.txt", io.StringIO("gone"))  # text is sent as UTF-8
    assert sorted(root.get("/rpc/fs").json()) == sorted([kept, gone])
    # The vendor's `list_upload` (1.7.5) reads the answer as JSON, then asks that list for its status: it fails
    # on every answer a server could give (JSON or not), so its listing is read here by plain HTTP.
    with pytest.raises(AttributeError, match="status_code"):
        vendor.list_upload()
    assert vendor.delete_upload(gone) == gone and root.get("/rpc/fs").json() == [kept]
    assert root.delete("/rpc/fs", params={"id": gone}).status_code == 404
    assert root.put("/rpc/fs", files={"other": ("x.txt", b"x")}).status_code == 400  # `file` is required
    collection = root.post("/api/v1/collections", json={"name": "c", "description": "d"}).json()["id"]
    vendor.ingest_uploads(collection, [kept])
    (document,) = vendor.list_documents_in_collection(collection, offset=0, limit=10)
    assert (document.name, document.uri) == ("kept.txt", "https://example.com/kept.txt")
    assert root.get("/rpc/fs").json() == []  # ingested: no longer waiting


def test_a_query_is_acknowledged_streamed_and_answered(root: httpx.Client, fake_h2ogpte: FakeH2OGPTE) -> None:
    session_id = root.post("/api/v1/chats").json()["id"]
    with _socket(fake_h2ogpte) as socket:
        socket.send("not JSON\n" + json.dumps({"t": "zz"}))  # not queries: nothing answers them
        message, correlation_id = _query(session_id)
        socket.send(message)
        ack, *pieces, answer = _until(socket, "ca", "ce")
    assert (ack["t"], ack["correlation_id"], ack["session_id"]) == ("cx", correlation_id, session_id)
    assert {p["t"] for p in pieces} == {"cp"} and {p["reply_to_id"] for p in pieces} == {ack["message_id"]}
    assert answer["t"] == "ca" and answer["body"] == "".join(p["body"] for p in pieces)
    question, reply = root.get(f"/api/v1/chats/{session_id}/messages").json()
    assert (question["id"], reply["id"], reply["content"]) == (ack["message_id"], answer["message_id"], answer["body"])


def test_two_queries_on_one_socket_run_side_by_side(root: httpx.Client, fake_h2ogpte: FakeH2OGPTE) -> None:
    sessions = [root.post("/api/v1/chats").json()["id"] for _ in range(2)]
    with _socket(fake_h2ogpte) as socket:
        for session_id in sessions:
            socket.send(_query(session_id, "Tell me about widgets and their prices.")[0])
        answers: list[dict[str, Any]] = []
        while len(answers) < 2:
            answers += [m for m in _until(socket, "ca") if m["t"] == "ca"]
    assert sorted(a["session_id"] for a in answers) == sorted(sessions)


def test_errors_before_and_after_the_acknowledgement(root: httpx.Client, fake_h2ogpte: FakeH2OGPTE) -> None:
    session_id = root.post("/api/v1/chats").json()["id"]
    with _socket(fake_h2ogpte) as socket:
        message, correlation_id = _query("no-such-session")
        socket.send(message)
        (refused,) = _until(socket, "ce")
        assert (refused["correlation_id"], refused["message_id"]) == (correlation_id, "")
        assert "not found" in refused["error"]
        socket.send(_query(session_id, llm_args={"guided_json": {"type": "integer", "minimum": 2, "maximum": 1}})[0])
        (unsatisfiable,) = _until(socket, "ce")
        assert "satisfies" in unsatisfiable["error"]
        fake_h2ogpte.state.completion_failures.append("the model is overloaded")
        socket.send(_query(session_id)[0])
        ack, *_, failed = _until(socket, "ce", "ca")
    assert ack["t"] == "cx" and failed["t"] == "ce" and failed["reply_to_id"] == ack["message_id"]
    assert failed["error"] == "the model is overloaded"


def test_the_vendors_session_raises_the_servers_errors(root: httpx.Client, fake_h2ogpte: FakeH2OGPTE) -> None:
    vendor = H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key)
    with vendor.connect("no-such-session") as session, pytest.raises(SessionError, match="not found"):
        session.query("Hello?", timeout=10)
    fake_h2ogpte.state.completion_failures.append("the model is overloaded")
    with vendor.connect(vendor.create_chat_session()) as session, pytest.raises(SessionError, match="overloaded"):
        session.query("Hello?", timeout=10)


def test_a_wrong_key_is_refused_in_the_handshake(fake_h2ogpte: FakeH2OGPTE) -> None:
    with pytest.raises(InvalidStatus) as refused:
        _socket(fake_h2ogpte, key="sk-wrong")
    assert refused.value.response.status_code == 401  # what the vendor's client reads to raise UnauthorizedError
