"""The fake's stateful roles, groups and permissions, configurations, document tags, bulk-delete jobs, and the
counts that follow the store (chat sessions of a document, question-answer feedbacks), over raw HTTP."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.raw import ok


def _collection(api: httpx.Client, name: str = "c") -> str:
    return str(ok(api.post("/collections", json={"name": name, "description": "d"}), 201)["id"])


def _document(api: httpx.Client, collection_id: str, name: str = "a.txt") -> str:
    upload = ok(api.put("/uploads", files={"file": (name, b"hello")}))
    ok(api.post(f"/uploads/{upload['id']}/ingest", params={"collection_id": collection_id}), 204)
    documents = ok(api.get(f"/collections/{collection_id}/documents"))
    return str(next(d["id"] for d in documents if d["name"] == name))


def _finish(api: httpx.Client, job: dict[str, Any]) -> dict[str, Any]:
    while job["overall_status"] == "in progress":
        job = ok(api.get(f"/jobs/{job['id']}"))
    return job


def _names(items: list[dict[str, Any]]) -> list[str]:
    return [str(i["name"]) for i in items]


def _user(api: httpx.Client) -> str:
    (user,) = ok(api.get("/users"))
    assert ok(api.get(f"/users/{user['id']}")) == user
    return str(user["id"])


# --- 1. roles, groups and permissions ------------------------------------------------------------


def test_a_users_permissions_follow_from_its_roles(api: httpx.Client) -> None:
    user = _user(api)
    catalog = _names(ok(api.get("/permissions")))
    assert {"ManageRoles", "ManageLibrary"} <= set(catalog)
    role = ok(api.post("/roles", json={"name": "editor", "description": "d"}), 201)["id"]
    assert ok(api.get(f"/roles/{role}/permissions")) == []

    ok(api.put(f"/roles/{role}/permissions/ManageLibrary"), 204)
    assert _names(ok(api.get(f"/roles/{role}/permissions"))) == ["ManageLibrary"]
    ok(api.post(f"/roles/{role}/permissions", json={"new_permissions": ["ManageRoles", "ManageLibrary"]}), 204)
    assert set(_names(ok(api.get(f"/roles/{role}/permissions")))) == {"ManageRoles", "ManageLibrary"}
    assert ok(api.get(f"/users/{user}/permissions")) == []
    assert ok(api.post("/permissions/is_granted", json={"permission": "ManageRoles"})) is False

    ok(api.put(f"/users/{user}/roles/editor"), 204)
    assert [r["id"] for r in ok(api.get(f"/users/{user}/roles"))] == [role]
    assert [r["id"] for r in ok(api.get("/users/current/roles"))] == [role]
    assert set(_names(ok(api.get(f"/users/{user}/permissions")))) == {"ManageRoles", "ManageLibrary"}
    assert set(_names(ok(api.get("/users/current/permissions")))) == {"ManageRoles", "ManageLibrary"}
    assert ok(api.post("/permissions/is_granted", json={"permission": "ManageRoles"})) is True
    assert ok(api.post("/permissions/is_granted", json={"permission": "ManageUsers"})) is False
    by_role = ok(api.get("/permissions", params={"role_names": ["editor"]}))
    assert set(_names(by_role)) == {"ManageRoles", "ManageLibrary"}

    ok(api.delete(f"/roles/{role}/permissions/ManageRoles"), 204)
    assert _names(ok(api.get("/users/current/permissions"))) == ["ManageLibrary"]
    ok(api.delete(f"/users/{user}/roles/editor"), 204)
    assert ok(api.get(f"/users/{user}/roles")) == []
    assert ok(api.get("/users/current/permissions")) == []
    ok(api.request("DELETE", f"/users/{user}/roles", json={"new_roles": ["editor"]}), 204)
    assert [r["id"] for r in ok(api.get("/users/current/roles"))] == [role]


def test_groups_hold_roles_and_unknown_names_are_404(api: httpx.Client) -> None:
    role = ok(api.post("/roles", json={"name": "viewer", "description": "d"}), 201)["id"]
    group = ok(api.post("/groups", json={"name": "team", "description": "d"}), 201)["id"]
    ok(api.put(f"/roles/{role}/permissions/ManageUsers"), 204)
    assert ok(api.get(f"/groups/{group}/roles")) == []

    ok(api.put(f"/groups/{group}/roles/viewer"), 204)
    assert [r["id"] for r in ok(api.get(f"/groups/{group}/roles"))] == [role]
    assert _names(ok(api.get(f"/group/{group}/permissions"))) == ["ManageUsers"]
    assert _names(ok(api.get("/permissions", params={"group_names": ["team"]}))) == ["ManageUsers"]
    ok(api.delete(f"/groups/{group}/roles/viewer"), 204)
    assert ok(api.get(f"/group/{group}/permissions")) == []
    ok(api.put(f"/groups/{group}/roles/viewer"), 204)
    ok(api.request("DELETE", f"/groups/{group}/roles", json={"new_roles": []}), 204)
    assert ok(api.get(f"/groups/{group}/roles")) == []

    user = _user(api)
    assert api.put(f"/users/{user}/roles/nope").status_code == 404
    assert api.put(f"/groups/{group}/roles/nope").status_code == 404
    assert api.put(f"/roles/{role}/permissions/NoSuchPermission").status_code == 404
    assert api.get("/users/nobody").status_code == 404
    assert api.put("/users/nobody/roles/viewer").status_code == 404


def test_deleting_roles_and_groups_by_names_removes_the_records(api: httpx.Client) -> None:
    user = _user(api)
    team = ok(api.post("/groups", json={"name": "team", "description": "d"}), 201)["id"]
    ok(api.post("/groups", json={"name": "other", "description": "d"}), 201)
    role = ok(api.post("/roles", json={"name": "editor", "description": "d"}), 201)["id"]
    ok(api.put(f"/roles/{role}/permissions/ManageRoles"), 204)
    ok(api.put(f"/users/{user}/roles/editor"), 204)

    ok(api.delete("/groups", params={"names": ["team", "never-existed"]}), 204)
    assert _names(ok(api.get("/groups"))) == ["other"]
    assert api.get(f"/groups/{team}/roles").status_code == 400  # not found: the status this operation documents

    ok(api.delete("/roles", params={"names": ["editor"]}), 204)
    assert ok(api.get("/roles")) == []
    assert api.get(f"/roles/{role}").status_code == 404
    assert ok(api.get(f"/users/{user}/roles")) == []
    assert ok(api.get("/users/current/permissions")) == []


def test_collection_and_document_permissions(api: httpx.Client) -> None:
    collection = _collection(api)
    check = {"permission": "read"}
    assert ok(api.post(f"/collections/{collection}/permissions/is_granted", json=check)) is True
    assert api.post("/collections/nope/permissions/is_granted", json=check).status_code == 404
    document = _document(api, collection)
    user = _user(api)
    ok(api.put(f"/documents/{document}/users/{user}"), 204)
    assert api.put(f"/documents/{document}/users/nobody").status_code == 404
    assert api.put(f"/documents/nope/users/{user}").status_code == 404


# --- 2. configurations ---------------------------------------------------------------------------


def _values(items: list[dict[str, Any]]) -> dict[str, str]:
    return {str(i["key_name"]): str(i["string_value"]) for i in items}


def test_configurations_resolve_user_then_role_then_global(api: httpx.Client) -> None:
    user = _user(api)
    shown = {"string_value": "10", "can_overwrite": True, "is_public": True}
    assert _values(ok(api.put("/configurations/max_files", json=shown))) == {"max_files": "10"}
    hidden = {"string_value": "s3cret", "can_overwrite": False, "is_public": False}
    ok(api.put("/configurations/token", json=hidden))
    assert _values(ok(api.get("/configurations"))) == {"max_files": "10"}
    assert _values(ok(api.get("/configurations", params={"as_admin": True}))) == {
        "max_files": "10",
        "token": "s3cret",
    }
    assert _values(ok(api.get("/users/current/configurations"))) == {"max_files": "10"}

    role = ok(api.post("/roles", json={"name": "power", "description": "d"}), 201)["id"]
    item = {"key_name": "max_files", "string_value": "20", "value_type": "int"}
    assert _values(ok(api.put(f"/roles/{role}/configurations/max_files", json=item))) == {"max_files": "20"}
    assert _values(ok(api.get(f"/roles/{role}/configurations"))) == {"max_files": "20"}
    assert _values(ok(api.get("/users/current/configurations"))) == {"max_files": "10"}
    ok(api.put(f"/users/{user}/roles/power"), 204)
    assert _values(ok(api.get("/users/current/configurations"))) == {"max_files": "20"}

    answered = ok(api.put(f"/users/{user}/configurations/max_files", json={"string_value": "30"}))
    assert _values(answered) == {"max_files": "30"}
    assert _values(ok(api.get(f"/users/{user}/configurations"))) == {"max_files": "30"}
    assert _values(ok(api.get("/users/current/configurations"))) == {"max_files": "30"}
    refused = api.put(f"/users/{user}/configurations/token", json={"string_value": "mine"})
    assert refused.status_code == 400

    assert _values(ok(api.post(f"/users/{user}/configurations/max_files/reset"))) == {"max_files": "20"}
    assert _values(ok(api.delete(f"/roles/{role}/configurations/max_files"))) == {}
    assert _values(ok(api.get("/users/current/configurations"))) == {"max_files": "10"}
    ok(api.put(f"/users/{user}/configurations/max_files", json={"string_value": "40"}))
    assert _values(ok(api.delete(f"/users/{user}/configurations/max_files"))) == {"max_files": "10"}

    assert ok(api.delete("/configurations/max_files,token")) == []
    assert ok(api.get("/configurations", params={"as_admin": True})) == []
    assert ok(api.get("/users/current/configurations")) == []
    assert api.get("/roles/nope/configurations").status_code == 404
    assert api.put("/users/nobody/configurations/k", json={"string_value": "v"}).status_code == 404


# --- 3. document tags ----------------------------------------------------------------------------


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

    ok(api.delete("/tags/finance"))
    assert tagged("finance") == set()
    ok(api.post(f"/documents/{first}/tags", json={"name": "finance"}), 201)
    assert tagged("finance") == {first}  # a new tag of the same name: the old associations are gone
    ok(api.delete(f"/documents/{first}"), 204)
    assert tagged("finance") == set()


# --- 4. bulk-delete jobs -------------------------------------------------------------------------


def test_removing_documents_from_a_collection_by_job(api: httpx.Client) -> None:
    collection = _collection(api)
    first, second = _document(api, collection, "a.txt"), _document(api, collection, "b.txt")
    path = f"/collections/{collection}/documents/delete_job"
    job = _finish(api, ok(api.post(path, json={"document_ids": [first]}), 201))
    assert job["overall_status"] == "completed" and job["kind"] == "DeleteDocumentsFromCollectionJob"
    assert [d["id"] for d in ok(api.get(f"/collections/{collection}/documents"))] == [second]
    assert ok(api.get(f"/collections/{collection}/documents/count")) == {"count": 1}
    assert ok(api.get(f"/collections/{collection}"))["document_count"] == 1

    failed = _finish(api, ok(api.post(path, json={"document_ids": [second, "no-such-doc"]}), 201))
    assert failed["overall_status"] == "failed" and "no-such-doc" in failed["errors"][0]
    assert [d["id"] for d in ok(api.get(f"/collections/{collection}/documents"))] == [second]
    assert api.post("/collections/nope/documents/delete_job", json={"document_ids": [second]}).status_code in (
        400,
        404,
    )


@pytest.mark.parametrize(
    ("path", "key"),
    [
        ("/documents/delete_job", "document_ids"),
        ("/collections/delete_job", "collection_ids"),
        ("/chats/delete_job", "session_ids"),
    ],
)
def test_a_bulk_delete_job_naming_an_unknown_id_fails_and_deletes_nothing(
    api: httpx.Client, path: str, key: str
) -> None:
    collection = _collection(api)
    known = {
        "document_ids": _document(api, collection),
        "collection_ids": collection,
        "session_ids": ok(api.post("/chats", params={"collection_id": collection}), 201)["id"],
    }[key]
    failed = _finish(api, ok(api.post(path, json={key: [known, "no-such-id"]}), 201))
    assert failed["overall_status"] == "failed" and "no-such-id" in failed["errors"][0]
    listing = {"document_ids": "/documents", "collection_ids": "/collections", "session_ids": "/chats"}[key]
    assert known in [r["id"] for r in ok(api.get(listing))]

    done = _finish(api, ok(api.post(path, json={key: [known]}), 201))
    assert done["overall_status"] == "completed"
    assert known not in [r["id"] for r in ok(api.get(listing))]


# --- 5. counts that follow the store -------------------------------------------------------------


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
