"""Tag "Documents" (`handlers/documents.py`): documents and what follows them."""

from __future__ import annotations

import httpx

from tests.raw import ok


def _collection(api: httpx.Client, name: str = "c") -> str:
    return str(ok(api.post("/collections", json={"name": name, "description": "d"}), 201)["id"])


def _document(api: httpx.Client, collection_id: str, name: str = "a.txt") -> str:
    upload = ok(api.put("/uploads", files={"file": (name, b"hello")}))
    ok(api.post(f"/uploads/{upload['id']}/ingest", params={"collection_id": collection_id}), 204)
    documents = ok(api.get(f"/collections/{collection_id}/documents"))
    return str(next(d["id"] for d in documents if d["name"] == name))


def test_a_documents_chat_sessions_are_those_of_its_collection(api: httpx.Client) -> None:
    collection, other = _collection(api), _collection(api, "other")
    document = _document(api, collection)
    assert ok(api.get(f"/documents/{document}/chats/count")) == {"count": 0}
    assert ok(api.get(f"/documents/{document}/chats")) == []

    session = ok(api.post("/chats", params={"collection_id": collection}), 201)["id"]
    ok(api.post("/chats", params={"collection_id": other}), 201)
    ok(api.post("/chats"), 201)
    assert ok(api.get(f"/documents/{document}/chats/count")) == {"count": 1}
    assert [s["id"] for s in ok(api.get(f"/documents/{document}/chats"))] == [session]

    ok(api.delete(f"/chats/{session}"), 204)
    assert ok(api.get(f"/documents/{document}/chats/count")) == {"count": 0}
    assert ok(api.get(f"/documents/{document}/chats")) == []
