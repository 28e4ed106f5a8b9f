"""Tag "Shared Chats" (answered by the generic store): listed, changed and deleted in batches."""

from __future__ import annotations

import httpx

from tests.in_spec import needs
from tests.raw import ok


@needs("shared_chats.share_chat_session")
def test_shared_chats_are_listed_changed_and_deleted_in_batches(api: httpx.Client) -> None:
    session = ok(api.post("/chats", json={}), 201)["id"]
    shared = [ok(api.post("/shared_chats", json={"chat_session_id": session, "is_private": True}), 201)]
    shared.append(ok(api.post("/shared_chats", json={"chat_session_id": session}), 201))
    assert all(set(s) == {"url", "relative_path"} for s in shared)
    listed = ok(api.get("/shared_chats"))
    assert [(s["chat_session_id"], s["is_private"]) for s in listed] == [(session, True), (session, False)]
    first, second = (s["id"] for s in listed)
    assert ok(api.get(f"/shared_chats/{first}"))["is_private"] is True
    assert api.patch(f"/shared_chats/{first}", json={"is_private": False}).status_code == 204
    assert ok(api.get(f"/shared_chats/{first}"))["is_private"] is False
    assert api.post("/shared_chats/batch_delete", json={"shared_chat_ids": [first, second]}).status_code == 204
    assert ok(api.get("/shared_chats")) == []
    assert api.post("/shared_chats/batch_delete", json={"shared_chat_ids": [first]}).status_code == 400  # as documented
