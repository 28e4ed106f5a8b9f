"""How the fake answers an operation that has no handler of its own, from what the spec says about it.

- create / list / get / update / delete / count on a resource (see `_spec.operations`): one stateful store;
- PUT / DELETE on a property of a resource (`/collections/{collection_id}/expiry_date`): set or clear it;
- sharing (`.../permissions`, `.../group_permissions`, `.../public_permissions`): one permissions table;
- an operation answering JobDetails: a job of the job engine;
- a GET and PUT pair on one path under a resource (`/collections/{collection_id}/settings`): a stored value;
- anything else: a value of its success schema, as Prism would (tidy, or varied for a seed).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from openapi_schema_validator import OAS30Validator, oas30_format_checker
from starlette.responses import JSONResponse, Response

from h2ogpte_ext.testing import _jobs
from h2ogpte_ext.testing._data import instance
from h2ogpte_ext.testing._spec import (
    PARAM,
    Operation,
    component,
    id_properties,
    operations,
    owners,
    resolve,
    resources,
)
from h2ogpte_ext.testing._state import Call, FakeError, Permissions, Records, find, json_response, new_id, now, page
from h2ogpte_ext.testing._validation import spec_document

SHARING = re.compile(
    r"^(?P<owner>.*\{\w+\})/(?P<what>permissions|group_permissions|public_permissions)(?P<who>/\{\w+\})?$"
)
STAMPS = ("created_at", "updated_at", "created", "updated", "created_date", "last_modified")
# A tiny valid PNG, for image responses (a thumbnail).
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


async def answer(op: Operation, call: Call) -> Response:
    """The generic answer to `op` (after checking that every resource its path names exists)."""
    check_parents(op, call)
    sharing = SHARING.match(op.path)
    if sharing is not None and _shared(sharing.group("owner")):
        return _sharing(op, call, sharing)
    if op.kind == "create":
        return await _create(op, call)
    if op.kind == "list":
        return JSONResponse(page([Records.json(r) for r in _table(op, call).values()], call))
    if op.kind == "get":
        return json_response(_item(op, call))
    if op.kind == "update":
        return _update(op, call)
    if op.kind == "delete":
        return _delete(op, call)
    if op.kind == "count":
        return JSONResponse({"count": len(_table(op, call))})
    if op.kind == "field":
        return _field(op, call)
    if op.item_schema_name == "JobDetails" and op.schema is not None and op.schema.get("type") != "array":
        job = _jobs.start(call.state, _kind(op.operation_id), op.operation_id.replace("_", " "))
        return JSONResponse(job.details, status_code=op.status)
    if (stored := _setting(op, call)) is not None:
        return stored
    if (listed := _listing(op, call)) is not None:
        return listed
    owner = _owner_record(op, call)
    if owner is not None:
        return owner
    return generated(op, call)


def generated(op: Operation, call: Call) -> Response:
    """A value of the operation's success schema (no body where the spec gives none)."""
    if op.media_type is None or op.schema is None:
        return Response(status_code=op.status)
    if op.media_type.startswith("image/"):
        return Response(PNG, status_code=op.status, media_type="image/png")
    if op.media_type == "text/csv":
        return Response(b"name,value\nexample,1\n", status_code=op.status, media_type="text/csv")
    if op.media_type == "application/octet-stream":
        return Response(b"PK\x05\x06" + bytes(18), status_code=op.status, media_type=op.media_type)
    return JSONResponse(instance(op.schema, call.state.variety), status_code=op.status)


def check_parents(op: Operation, call: Call) -> None:
    """404 when a resource the path names (other than the one the operation acts on itself) is missing."""
    segments = op.path.split("/")
    for end in range(2, len(segments)):
        if not PARAM.match(segments[end]) or (end == len(segments) - 1 and op.resource is not None):
            continue
        prefix = "/".join(segments[: end + 1])
        resource = owners().get(prefix)
        if resource is not None:
            call.record(resource, segments[end][1:-1], _what(resource))


def _what(resource: str) -> str:
    return resource.rsplit("/", 1)[-1].rstrip("s").replace("_", " ") or "resource"


def _kind(operation_id: str) -> str:
    return "".join(part.title() for part in operation_id.removeprefix("create_").split("_"))


def _table(op: Operation, call: Call) -> dict[str, Any]:
    assert op.resource is not None
    return call.state.table(op.resource)


def _item(op: Operation, call: Call) -> Any:
    assert op.resource is not None
    return call.record(op.resource, op.path_params[-1], _what(op.resource))


@functools.cache
def _validator(schema_name: str, prop: str) -> OAS30Validator | None:
    properties = resolve(component(schema_name)).get("properties", {})
    if prop not in properties:
        return None
    schema = {**properties[prop], "components": spec_document()["components"]}
    return OAS30Validator(schema, format_checker=oas30_format_checker)


def fitting(schema_name: str, body: Any) -> dict[str, Any]:
    """The request body's properties that the record schema has, with values it allows."""
    if not isinstance(body, dict):
        return {}
    fits = {}
    for name, value in body.items():
        validator = _validator(schema_name, name)
        if validator is not None and validator.is_valid(value):
            fits[name] = value
    return fits


async def _create(op: Operation, call: Call) -> Response:
    assert op.resource is not None
    schema_name = resources()[op.resource]
    properties = resolve(component(schema_name)).get("properties", {})
    body = call.json()
    if body is None and call.request.headers.get("content-type", "").startswith("multipart/form-data"):
        form = await call.request.form()
        body = {k: v for k, v in form.items() if isinstance(v, str)}
    fields = fitting(schema_name, body)
    fields["id"] = new_id()
    stamp = now()
    for name in STAMPS:
        if properties.get(name, {}).get("format") == "date-time":
            fields[name] = stamp
    if "username" in properties and "username" not in fields:
        fields["username"] = "fake-user"
    record = call.state.records.build(schema_name, **fields)
    call.state.table(op.resource)[fields["id"]] = record
    many = op.schema is not None and op.schema.get("type") == "array"
    if op.item_schema_name == schema_name:
        answer = Records.json(record)
    else:  # only the new id, in the operation's own shape
        shape = op.item_schema_name or ""
        answer = {**instance(component(shape), call.state.variety), **dict.fromkeys(id_properties(shape), fields["id"])}
    return JSONResponse([answer] if many else answer, status_code=op.status)


def _touch(schema_name: str, fields: dict[str, Any]) -> dict[str, Any]:
    if resolve(component(schema_name)).get("properties", {}).get("updated_at", {}).get("format") == "date-time":
        fields["updated_at"] = now()
    return fields


def _update(op: Operation, call: Call) -> Response:
    assert op.resource is not None
    schema_name = resources()[op.resource]
    table = call.state.table(op.resource)
    old = _item(op, call)
    key = next(k for k, v in table.items() if v is old)
    new = table[key] = Records.replace(old, **_touch(schema_name, fitting(schema_name, call.json())))
    if op.schema is not None and op.item_schema_name == schema_name:
        return json_response(new, op.status)
    return generated(op, call)


def _delete(op: Operation, call: Call) -> Response:
    assert op.resource is not None
    table = call.state.table(op.resource)
    keys = call.path(op.path_params[-1]).split(",")
    found = [(k, find(table, k)) for k in keys]
    missing = [k for k, record in found if record is None]
    if missing:
        # The vendor's guide: deleting what is already deleted answers 404 (a deviation where undocumented).
        raise FakeError(404, f"{_what(op.resource)} not found: {', '.join(missing)}")
    for _, record in found:
        for key, value in list(table.items()):
            if value is record:
                del table[key]
                call.state.permissions.pop((op.resource, key), None)
    if op.schema is not None and op.item_schema_name == "Count":
        return JSONResponse({"count": len(found)}, status_code=op.status)
    return generated(op, call)


def _field(op: Operation, call: Call) -> Response:
    assert op.resource is not None and op.field is not None
    schema_name = resources()[op.resource]
    table = call.state.table(op.resource)
    old = call.record(op.resource, op.path_params[-1], _what(op.resource))
    key = next(k for k, v in table.items() if v is old)
    if op.method == "DELETE":
        new = Records.without(old, op.field)
    else:
        new = Records.replace(old, **_touch(schema_name, fitting(schema_name, call.json())))
    table[key] = new
    if op.item_schema_name == schema_name:
        return json_response(new, op.status)
    return generated(op, call)


def _setting(op: Operation, call: Call) -> Response | None:
    """A value kept under a resource by a PUT and returned by the GET of the same path."""
    if op.method not in ("GET", "PUT"):
        return None
    getter = _route("GET", op.path)
    putter = _route("PUT", op.path)
    if getter is None or putter is None or getter.schema is None or putter.body_schema != getter.schema:
        return None
    key = (op.path, "/".join(call.path(p) for p in op.path_params))
    if op.method == "PUT":
        if isinstance(call.json(), dict):
            call.state.settings[key] = call.json()
        return Response(status_code=op.status) if op.schema is None else JSONResponse(call.json())
    if key not in call.state.settings:
        call.state.settings[key] = instance(getter.schema, call.state.variety)
    return JSONResponse(call.state.settings[key], status_code=op.status)


def _listing(op: Operation, call: Call) -> Response | None:
    """Another list of a resource's records (`GET /collections/all`, `GET /prompt_templates/all`)."""
    if op.method != "GET" or op.schema is None or op.schema.get("type") != "array" or op.path_params:
        return None
    for resource, schema_name in resources().items():
        if op.item_schema_name == schema_name and op.path.startswith(resource + "/"):
            return JSONResponse(page([Records.json(r) for r in call.state.table(resource).values()], call))
    return None


@functools.cache
def _routes() -> dict[tuple[str, str], Operation]:
    return {(op.method, op.path): op for op in operations().values()}


def _route(method: str, path: str) -> Operation | None:
    return _routes().get((method, path))


def _owner_record(op: Operation, call: Call) -> Response | None:
    """An operation on a resource answering that resource (`PUT /chats/{id}/collection` -> ChatSession):
    the request's matching properties are applied to the stored record, which is returned."""
    if op.status != 200 or op.item_schema_name is None or op.schema is None or op.schema.get("type") == "array":
        return None
    segments = op.path.split("/")
    for end in range(len(segments) - 1, 1, -1):
        prefix = "/".join(segments[: end + 1])
        resource = owners().get(prefix)
        if resource is not None and resources().get(resource) == op.item_schema_name:
            table = call.state.table(resource)
            old = call.record(resource, segments[end][1:-1], _what(resource))
            key = next(k for k, v in table.items() if v is old)
            changes = fitting(op.item_schema_name, call.json()) if op.method in ("PUT", "PATCH", "POST") else {}
            table[key] = new = Records.replace(old, **_touch(op.item_schema_name, changes))
            return json_response(new, op.status)
    return None


@functools.cache
def _shared(owner: str) -> bool:
    """Whether a resource is shared with users (its GET .../permissions lists SharePermission)."""
    lister = _route("GET", owner + "/permissions")
    return owner in owners() and lister is not None and lister.item_schema_name == "SharePermission"


def _sharing(op: Operation, call: Call, match: re.Match[str]) -> Response:
    """One permissions table for every resource: users, groups and public access."""
    resource = owners()[match.group("owner")]
    owner_param = match.group("owner").rsplit("{", 1)[1].rstrip("}")
    record_key = call.path(owner_param)
    table = call.state.permissions.setdefault((resource, record_key), Permissions())
    what, body = match.group("what"), call.json()
    who = call.path(op.path_params[-1]) if match.group("who") else None
    granted = ["read"]
    if isinstance(body, dict) and isinstance(body.get("permissions"), list):
        granted = [str(p) for p in body["permissions"]]
    if what == "public_permissions":
        return JSONResponse(["read"] if table.public else [], status_code=op.status)
    entries = table.users if what == "permissions" else table.groups
    if op.method == "GET":
        label = "username" if what == "permissions" else "group_id"
        return JSONResponse([{label: k, "permissions": v} for k, v in entries.items()], status_code=op.status)
    if op.method == "DELETE":
        if who is None:
            entries.clear()
        else:
            entries.pop(who, None)
    elif who is not None:
        entries[who] = granted
    else:
        names = (body or {}).get("usernames" if what == "permissions" else "groups") or []
        entries.clear()
        entries.update({str(n): granted for n in names})
    return generated(op, call)
