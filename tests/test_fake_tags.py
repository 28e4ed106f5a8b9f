"""Tag "Tags" (`handlers/tags.py`): tags by name, and the documents carrying them."""

from __future__ import annotations

from typing import Any

import httpx

from tests.in_spec import require
from tests.raw import ok


def _collection(api: httpx.Client, name: str = "c") -> str:
    return str(ok(api.post("/collections", json={"name": name, "description": "d"}), 201)["id"])


def _document(api: httpx.Client, collection_id: str, name: str = "a.txt") -> str:
    upload = ok(api.put("/uploads", files={"file": (name, b"hello")}))
    ok(api.post(f"/uploads/{upload['id']}/ingest", params={"collection_id": collection_id}), 204)
    documents = ok(api.get(f"/collections/{collection_id}/documents"))
    return str(next(d["id"] for d in documents if d["name"] == name))


def _names(items: list[dict[str, Any]]) -> list[str]:
    return [str(i["name"]) for i in items]


def test_tagging_documents_is_seen_by_tags_and_listings(api: httpx.Client) -> None:
    collection = _collection(api)
    first, second = _document(api, collection, "a.txt"), _document(api, collection, "b.txt")
    tag = ok(api.post(f"/documents/{first}/tags", json={"name": "finance"}), 201)
    assert tag["name"] == "finance"
    assert ok(api.get("/tags/finance"))["id"] == tag["id"]
    assert _names(ok(api.get("/tags"))) == ["finance"]
    again = ok(api.post(f"/documents/{second}/tags", json={"name": "finance"}), 201)
    assert again["id"] == tag["id"] and len(ok(api.get("/tags"))) == 1
    ok(api.post(f"/documents/{second}/tags", json={"name": "legal"}), 201)

    def tagged(names: str) -> set[str]:
        found = ok(api.get(f"/tags/{names}/documents", params={"collection_id": collection}))
        return {str(d["id"]) for d in found}

    assert tagged("finance") == {first, second}
    assert tagged("legal") == {second}
    assert tagged("legal,none") == {second}
    assert ok(api.delete(f"/documents/{second}/tags/finance")) == {"tag_id": tag["id"]}
    assert tagged("finance") == {first}
    assert api.delete(f"/documents/{first}/tags/never-made").status_code == 404
    assert api.post("/documents/nope/tags", json={"name": "x"}).status_code == 404

    require("tags.delete_tag")
    ok(api.delete("/tags/finance"))
    assert tagged("finance") == set()
    ok(api.post(f"/documents/{first}/tags", json={"name": "finance"}), 201)
    assert tagged("finance") == {first}  # a new tag of the same name: the old associations are gone
    ok(api.delete(f"/documents/{first}"), 204)
    assert tagged("finance") == set()


def test_a_delete_by_one_name_keeps_its_commas_and_answers_the_records_id(api: httpx.Client) -> None:
    require("tags.delete_tag")
    tag = ok(api.post("/tags", json={"name": "q3,q4"}), 201)
    assert ok(api.delete("/tags/q3,q4")) == {"tag_id": tag["id"]}  # one name, not two: `{tag_name}`
    assert api.get("/tags/q3,q4").status_code == 404


def test_tags_are_addressed_by_name(api: httpx.Client) -> None:
    ok(api.post("/tags", json={"name": "finance"}), 201)
    assert ok(api.get("/tags/finance"))["name"] == "finance"
    assert ok(api.patch("/tags/finance", json={"description": "money"}))["description"] == "money"
    assert api.get("/tags/nope").status_code == 404
