"""Tag "Permissions" (`handlers/permissions.py`): roles, groups and the permissions they grant."""

from __future__ import annotations

from typing import Any

import httpx

from tests.in_spec import not_found
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


def _user(api: httpx.Client) -> str:
    (user,) = ok(api.get("/users"))
    assert ok(api.get(f"/users/{user['id']}")) == user
    return str(user["id"])


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
    # Not found: the status this operation documents (1.7.5: 400).
    assert api.get(f"/groups/{team}/roles").status_code == not_found("GET", "/groups/{group_id}/roles")

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
