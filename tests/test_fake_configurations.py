"""Tag "Configurations" (`handlers/configurations.py`): global, role and user configurations."""

from __future__ import annotations

from typing import Any

import httpx

from tests.raw import ok


def _user(api: httpx.Client) -> str:
    (user,) = ok(api.get("/users"))
    assert ok(api.get(f"/users/{user['id']}")) == user
    return str(user["id"])


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
