"""Tag "Permissions": one model of roles, groups and users. A role grants system permissions, users and groups
hold roles, and a user's permissions follow from its roles. The fake knows one user: the caller. Roles and
groups themselves are records of the generic store ("/roles", "/groups")."""

from __future__ import annotations

import uuid
from typing import Any

from starlette.responses import JSONResponse, Response

from h2ogpte_ext.testing._state import (
    USER_ID,
    USERNAME,
    Call,
    FakeError,
    Permissions,
    State,
    json_response,
    operation,
    page,
)

# The system permissions the fake knows: name -> (description, category).
CATALOG = {
    "ManageRoles": ("Create roles and grant them permissions", "administration"),
    "ManageUsers": ("Assign roles to users and groups", "administration"),
    "ManageConfigurations": ("Change global, role and user configurations", "administration"),
    "ManageLibrary": ("Publish and remove shared skills and MCPs", "library"),
    "h2ogpte/chat/manage_showcase": ("Publish chats to the showcase", "chat"),
}


def current_user(state: State) -> Any:
    return state.records.build("UserInfo", id=USER_ID, username=USERNAME, email=f"{USERNAME}@example.com")


def user(call: Call) -> Any:
    """The user the path names, or a 404."""
    if call.path("user_id") != USER_ID:
        raise FakeError(404, f"user {call.path('user_id')!r} not found")
    return current_user(call.state)


def role(call: Call) -> Any:
    return call.record("/roles", "role_id", "role")


def group(call: Call) -> Any:
    return call.record("/groups", "group_id", "group")


def roles_of(state: State, role_ids: list[str]) -> list[Any]:
    """The role records among `role_ids` that still exist, lowest priority first."""
    roles = [r for i, r in state.table("/roles").items() if i in role_ids]
    return sorted(roles, key=lambda r: r.priority if isinstance(r.priority, int) else 0)


def user_role_ids(state: State, user_id: str) -> list[str]:
    return state.user_roles.get(user_id, [])


def granted(state: State, role_ids: list[str]) -> list[str]:
    """The permission names the roles grant together."""
    names = {p for r in roles_of(state, role_ids) for p in state.role_permissions.get(r.id, [])}
    return [n for n in CATALOG if n in names]


def _permissions(state: State, names: list[str]) -> list[Any]:
    return [
        state.records.build(
            "UserPermission",
            ("dependencies",),
            id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"h2ogpte-permission:{name}")),
            name=name,
            description=CATALOG[name][0],
            category=CATALOG[name][1],
        )
        for name in names
    ]


def _role_ids(state: State, names: list[str]) -> list[str]:
    """The ids of the roles named, or a 404 naming the unknown ones."""
    by_name = {r.name: i for i, r in state.table("/roles").items()}
    missing = [n for n in names if n not in by_name]
    if missing:
        raise FakeError(404, f"role not found: {', '.join(missing)}")
    return [by_name[n] for n in names]


def _names(call: Call, param: str) -> list[str]:
    return [n for n in call.path(param).split(",") if n]


def _known(names: list[str]) -> list[str]:
    missing = [n for n in names if n not in CATALOG]
    if missing:
        raise FakeError(404, f"permission not found: {', '.join(missing)}")
    return names


def _assign(held: dict[str, list[str]], holder: str, role_ids: list[str]) -> Response:
    current = held.setdefault(holder, [])
    current.extend(i for i in role_ids if i not in current)
    return Response(status_code=204)


def _remove(state: State, held: dict[str, list[str]], holder: str, names: list[str]) -> Response:
    doomed = {i for i, r in state.table("/roles").items() if r.name in names}
    held[holder] = [i for i in held.get(holder, []) if i not in doomed]
    return Response(status_code=204)


def _reset(call: Call, held: dict[str, list[str]], holder: str) -> Response:
    held[holder] = _role_ids(call.state, [str(n) for n in (call.json() or {}).get("new_roles", [])])
    return Response(status_code=204)


def _roles(call: Call, role_ids: list[str]) -> Response:
    return JSONResponse([r.to_dict() for r in roles_of(call.state, role_ids)])


# --- users -------------------------------------------------------------------------------------------


@operation("list_users")
async def list_users(call: Call) -> Response:
    return JSONResponse([u.to_dict() for u in page([current_user(call.state)], call)])


@operation("get_user")
async def get_user(call: Call) -> Response:
    return json_response(user(call))


@operation("get_user_roles")
async def get_user_roles(call: Call) -> Response:
    return _roles(call, user_role_ids(call.state, user(call).id))


@operation("get_current_user_roles")
async def get_current_user_roles(call: Call) -> Response:
    return _roles(call, user_role_ids(call.state, USER_ID))


@operation("assign_roles_to_user")
async def assign_roles_to_user(call: Call) -> Response:
    return _assign(call.state.user_roles, user(call).id, _role_ids(call.state, _names(call, "role_names")))


@operation("remove_roles_from_user")
async def remove_roles_from_user(call: Call) -> Response:
    return _remove(call.state, call.state.user_roles, user(call).id, _names(call, "role_names"))


@operation("reset_user_roles")
async def reset_user_roles(call: Call) -> Response:
    return _reset(call, call.state.user_roles, user(call).id)


@operation("get_user_permissions")
async def get_user_permissions(call: Call) -> Response:
    names = granted(call.state, user_role_ids(call.state, user(call).id))
    return JSONResponse([p.to_dict() for p in _permissions(call.state, names)])


@operation("get_current_user_permissions")
async def get_current_user_permissions(call: Call) -> Response:
    names = granted(call.state, user_role_ids(call.state, USER_ID))
    return JSONResponse([p.to_dict() for p in _permissions(call.state, names)])


@operation("is_permission_granted")
async def is_permission_granted(call: Call) -> Response:
    permission = str((call.json() or {}).get("permission", ""))
    return JSONResponse(permission in granted(call.state, user_role_ids(call.state, USER_ID)))


@operation("is_collection_permission_granted")
async def is_collection_permission_granted(call: Call) -> Response:
    collection = call.record("/collections", "collection_id", "collection")
    permission = str((call.json() or {}).get("permission", ""))
    shared = call.state.permissions.get(("/collections", collection.id), Permissions())
    owner = getattr(collection, "username", None) == USERNAME
    return JSONResponse(owner or permission in shared.users.get(USERNAME, []))


@operation("add_user_document_permission")
async def add_user_document_permission(call: Call) -> Response:
    document = call.record("/documents", "document_id", "document")
    who = user(call)
    call.state.permissions.setdefault(("/documents", document.id), Permissions()).users[who.username] = ["read"]
    return Response(status_code=204)


# --- groups ------------------------------------------------------------------------------------------


@operation("get_group_roles")
async def get_group_roles(call: Call) -> Response:
    return _roles(call, call.state.group_roles.get(group(call).id, []))


@operation("assign_roles_to_group")
async def assign_roles_to_group(call: Call) -> Response:
    return _assign(call.state.group_roles, group(call).id, _role_ids(call.state, _names(call, "role_names")))


@operation("remove_roles_from_group")
async def remove_roles_from_group(call: Call) -> Response:
    return _remove(call.state, call.state.group_roles, group(call).id, _names(call, "role_names"))


@operation("reset_group_roles")
async def reset_group_roles(call: Call) -> Response:
    return _reset(call, call.state.group_roles, group(call).id)


@operation("get_group_permissions")
async def get_group_permissions(call: Call) -> Response:
    names = granted(call.state, call.state.group_roles.get(group(call).id, []))
    return JSONResponse([p.to_dict() for p in _permissions(call.state, names)])


@operation("delete_groups_by_names")
async def delete_groups_by_names(call: Call) -> Response:
    names = call.request.query_params.getlist("names")
    table = call.state.table("/groups")
    for group_id in [i for i, g in table.items() if g.name in names]:
        del table[group_id]
        call.state.group_roles.pop(group_id, None)
    return Response(status_code=204)


# --- roles and their permissions ---------------------------------------------------------------------


@operation("delete_roles_by_names")
async def delete_roles_by_names(call: Call) -> Response:
    names = call.request.query_params.getlist("names")
    table = call.state.table("/roles")
    for role_id in [i for i, r in table.items() if r.name in names]:
        del table[role_id]
        call.state.role_permissions.pop(role_id, None)
        for held in (*call.state.user_roles.values(), *call.state.group_roles.values()):
            held[:] = [i for i in held if i != role_id]
        for key in [k for k in call.state.configurations if k[:2] == ("role", role_id)]:
            del call.state.configurations[key]
    return Response(status_code=204)


@operation("list_permissions")
async def list_permissions(call: Call) -> Response:
    """Every system permission, or those the named roles (and the roles of the named groups) grant."""
    state = call.state
    role_names = call.request.query_params.getlist("role_names")
    group_names = call.request.query_params.getlist("group_names")
    if not role_names and not group_names:
        return JSONResponse([p.to_dict() for p in _permissions(state, list(CATALOG))])
    role_ids = [i for i, r in state.table("/roles").items() if r.name in role_names]
    for group_id, record in state.table("/groups").items():
        if record.name in group_names:
            role_ids += state.group_roles.get(group_id, [])
    return JSONResponse([p.to_dict() for p in _permissions(state, granted(state, role_ids))])


@operation("get_role_permissions")
async def get_role_permissions(call: Call) -> Response:
    names = granted(call.state, [role(call).id])
    return JSONResponse([p.to_dict() for p in _permissions(call.state, names)])


@operation("assign_permission_to_role")
async def assign_permission_to_role(call: Call) -> Response:
    (name,) = _known([call.path("permission_name")])
    held = call.state.role_permissions.setdefault(role(call).id, [])
    if name not in held:
        held.append(name)
    return Response(status_code=204)


@operation("remove_permission_from_role")
async def remove_permission_from_role(call: Call) -> Response:
    (name,) = _known([call.path("permission_name")])
    role_id = role(call).id
    call.state.role_permissions[role_id] = [p for p in call.state.role_permissions.get(role_id, []) if p != name]
    return Response(status_code=204)


@operation("set_role_permissions")
async def set_role_permissions(call: Call) -> Response:
    role_id = role(call).id
    names = _known([str(n) for n in (call.json() or {}).get("new_permissions", [])])
    call.state.role_permissions[role_id] = list(dict.fromkeys(names))
    return Response(status_code=204)
