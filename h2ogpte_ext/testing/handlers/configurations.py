"""Tag "Configurations": global, role and user configuration items as one keyed store. A user's effective
value of a key is its own override, else that of its highest-priority role holding one, else the global
value; a global item that cannot be overwritten keeps its value (a user's override of it is refused)."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse, Response

from h2ogpte_ext.testing._state import USER_ID, Call, FakeError, State, now, operation
from h2ogpte_ext.testing.handlers.permissions import role, roles_of, user, user_role_ids

GLOBAL, ROLE, USER = "global", "role", "user"
# Properties of a global item that change what a client may do with it: present only when set.
GLOBAL_SKIP = ("upper_bound", "is_read_only", "is_encrypted")


def items_of(state: State, scope: str, owner: str) -> dict[str, dict[str, Any]]:
    """The items of one scope (and role or user), by key name."""
    found = {k: v for (s, o, k), v in state.configurations.items() if s == scope and o == owner}
    return dict(sorted(found.items()))


def _user_item(key: str, item: dict[str, Any]) -> dict[str, Any]:
    return {"key_name": key, **{k: item[k] for k in ("string_value", "value_type", "updated_at") if k in item}}


def effective(state: State, user_id: str) -> list[dict[str, Any]]:
    """The user's configuration: public global values, overridden by its roles' and then its own."""
    globals_ = items_of(state, GLOBAL, "")
    values = {k: _user_item(k, v) for k, v in globals_.items() if v["is_public"]}
    overrides = [items_of(state, ROLE, r.id) for r in roles_of(state, user_role_ids(state, user_id))]
    for found in (*overrides, items_of(state, USER, user_id)):
        for key, item in found.items():
            if globals_.get(key, {}).get("can_overwrite", True):
                values[key] = _user_item(key, item)
    return [values[k] for k in sorted(values)]


def _keys(call: Call) -> list[str]:
    return [k for k in call.path("key_names").split(",") if k]


def _delete(state: State, scope: str, owner: str, keys: list[str]) -> None:
    for key in keys:
        state.configurations.pop((scope, owner, key), None)


def _override(call: Call, scope: str, owner: str) -> None:
    """Store a role's or user's value of a key (a UserConfigurationItem)."""
    body: dict[str, Any] = call.json() or {}
    key = call.path("key_name")
    old = call.state.configurations.get((GLOBAL, "", key))
    if scope == USER and old is not None and not old["can_overwrite"]:
        raise FakeError(400, f"configuration {key!r} cannot be overwritten")
    value_type = body.get("value_type") or (old or {}).get("value_type") or "string"
    item = {"key_name": key, "string_value": str(body["string_value"]), "value_type": value_type, "updated_at": now()}
    call.state.configurations[(scope, owner, key)] = item


@operation("list_global_configurations")
async def list_global_configurations(call: Call) -> Response:
    admin = call.query("as_admin") == "true"
    items = items_of(call.state, GLOBAL, "").values()
    return JSONResponse([i for i in items if admin or i["is_public"]])


@operation("set_global_configuration")
async def set_global_configuration(call: Call) -> Response:
    body: dict[str, Any] = call.json() or {}
    key = call.path("key_name")
    fields: dict[str, Any] = {
        k: body[k] for k in ("string_value", "can_overwrite", "is_public", "value_type") if k in body
    }
    old = call.state.configurations.get((GLOBAL, "", key))
    record = call.state.records.data("GlobalConfigurationItem", GLOBAL_SKIP, **{"value_type": "string", **fields})
    call.state.configurations[(GLOBAL, "", key)] = {**(old or record), **fields, "key_name": key}
    return JSONResponse(list(items_of(call.state, GLOBAL, "").values()))


@operation("delete_global_configurations")
async def delete_global_configurations(call: Call) -> Response:
    _delete(call.state, GLOBAL, "", _keys(call))
    return JSONResponse(list(items_of(call.state, GLOBAL, "").values()))


@operation("list_role_configurations")
async def list_role_configurations(call: Call) -> Response:
    return JSONResponse(list(items_of(call.state, ROLE, role(call).id).values()))


@operation("set_role_configuration")
async def set_role_configuration(call: Call) -> Response:
    role_id = role(call).id
    _override(call, ROLE, role_id)
    return JSONResponse(list(items_of(call.state, ROLE, role_id).values()))


@operation("delete_role_configurations")
async def delete_role_configurations(call: Call) -> Response:
    role_id = role(call).id
    _delete(call.state, ROLE, role_id, _keys(call))
    return JSONResponse(list(items_of(call.state, ROLE, role_id).values()))


@operation("list_user_configurations")
async def list_user_configurations(call: Call) -> Response:
    return JSONResponse(effective(call.state, user(call).id))


@operation("set_user_configuration")
async def set_user_configuration(call: Call) -> Response:
    user_id = user(call).id
    _override(call, USER, user_id)
    return JSONResponse(effective(call.state, user_id))


@operation("delete_user_configurations")
async def delete_user_configurations(call: Call) -> Response:
    user_id = user(call).id
    _delete(call.state, USER, user_id, _keys(call))
    return JSONResponse(effective(call.state, user_id))


@operation("reset_user_configuration")
async def reset_user_configuration(call: Call) -> Response:
    user_id = user(call).id
    _delete(call.state, USER, user_id, [call.path("key_name")])
    return JSONResponse(effective(call.state, user_id))


@operation("list_current_user_configurations")
async def list_current_user_configurations(call: Call) -> Response:
    return JSONResponse(effective(call.state, USER_ID))
