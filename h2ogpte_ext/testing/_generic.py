"""How the fake answers an operation that has no handler of its own, from what the spec says about it.

- create / list / get / update / delete / count on a resource (see `_spec.operations`): one stateful store,
  answering each operation in its own shape (the record, its id, an object holding it, or the record's
  properties that the answer's schema has);
- PUT / POST / DELETE on a property of a resource (`/collections/{collection_id}/expiry_date`): set or clear
  it; archive / unarchive / activate / deactivate: flip the record's state;
- sharing (`.../permissions`, `.../group_permissions`, `.../public_permissions`): one permissions table
  for users and groups; public access is the record's own `is_public`;
- an operation answering JobDetails: a job of the job engine;
- a GET and PUT pair on one path under a resource (`/collections/{collection_id}/settings`): a stored value;
- anything else: a value of its success schema, as Prism would (tidy, or varied for a seed).
"""

from __future__ import annotations

import copy
import functools
import json
import re
from typing import Any, Literal

from openapi_schema_validator import OAS30Validator, oas30_format_checker
from starlette.responses import JSONResponse, Response

from h2ogpte_ext.testing import _jobs
from h2ogpte_ext.testing._data import instance
from h2ogpte_ext.testing._spec import (
    PARAM,
    Operation,
    component,
    id_properties,
    keys,
    operations,
    owners,
    properties_of,
    ref_name,
    resolve,
    resources,
)
from h2ogpte_ext.testing._state import (
    USERNAME,
    Call,
    FakeError,
    Permissions,
    Records,
    by_name,
    find,
    json_response,
    new_id,
    now,
    page,
)
from h2ogpte_ext.testing._validation import MAX_JSON_DEPTH, lone_surrogate, spec_document, too_deep

SHARING = re.compile(
    r"^(?P<owner>.*\{\w+\})/(?P<what>permissions|group_permissions|public_permissions)(?P<who>/\{\w+\})?$"
)
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# At most this many made-up listings are kept for their pages to agree (memory stays bounded).
MADE_UP_LISTINGS = 1024
STAMPS = ("created_at", "updated_at", "created", "updated", "created_date", "last_modified")
# A tiny valid PNG, for image responses (a thumbnail).
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


Route = Literal["permissions", "store", "job", "setting", "listing", "owner", "generated"]


def route(op: Operation) -> Route:
    """Which of the generic behaviours answers `op` (when it has no handler of its own)."""
    return _routed(op.operation_id)


@functools.cache
def _routed(operation_id: str) -> Route:
    op = operations()[operation_id]
    sharing = SHARING.match(op.path)
    if sharing is not None and _shared(sharing.group("owner")):
        return "permissions"
    if op.kind != "other":
        return "store"
    if op.item_schema_name == "JobDetails" and op.schema is not None and op.schema.get("type") != "array":
        return "job"
    if _setting_pair(op) is not None:
        return "setting"
    if _listed_resource(op) is not None:
        return "listing"
    if _owner_of(op) is not None:
        return "owner"
    return "generated"


async def answer(op: Operation, call: Call) -> Response:
    """The generic answer to `op` (after checking that every resource its path names exists)."""
    check_parents(op, call)
    way = route(op)
    if way == "permissions":
        sharing = SHARING.match(op.path)
        assert sharing is not None
        return _sharing(op, call, sharing)
    if way == "job":
        job = _jobs.start(call.state, op.operation_id, op.operation_id.replace("_", " "))
        return JSONResponse(job.details, status_code=op.status)
    if way == "setting":
        return _setting(op, call)
    if way == "listing":
        return _listing(op, call)
    if way == "owner":
        return _owner_record(op, call)
    if way == "generated":
        return generated(op, call)
    if op.kind == "create":
        return await _create(op, call)
    if op.kind == "list":
        return JSONResponse(_list(op, call, list(_table(op, call).values())), status_code=op.status)
    if op.kind == "ids":
        return JSONResponse(page(list(_table(op, call)), call), status_code=op.status)
    if op.kind == "get":
        record = _item(op, call)
        return _answer(op, call, record, _key(_table(op, call), record))
    if op.kind == "update":
        return await _update(op, call)
    if op.kind == "delete":
        return await _delete(op, call)
    if op.kind == "count":
        return JSONResponse({"count": len(_table(op, call))})
    if op.kind == "field":
        return await _field(op, call)
    return _flag(op, call)


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
    if not _paged(op.method, op.path):
        return JSONResponse(instance(op.schema, call.state.variety), status_code=op.status)
    # A listing honours offset/limit even when its items are made up: every page of one listing (the same path
    # and query but for offset and limit) is a window of one made-up list, whose items' ids differ, as a server's
    # would (a client that pages refuses a server answering the next offset with the same items).
    asked = tuple(sorted((k, v) for k, v in call.request.query_params.multi_items() if k not in ("offset", "limit")))
    key = (op.operation_id, call.request.url.path, asked)
    if key not in call.state.made_up:
        if len(call.state.made_up) >= MADE_UP_LISTINGS:  # a fuzzer's many queries: the oldest listing goes
            del call.state.made_up[next(iter(call.state.made_up))]
        call.state.made_up[key] = _distinct(instance(op.schema, call.state.variety))
    value = copy.deepcopy(call.state.made_up[key])
    if isinstance(value, list):
        value = page(value, call)
    elif isinstance(value, dict) and isinstance(value.get("items"), list):
        value["items"] = page(value["items"], call)
    return JSONResponse(value, status_code=op.status)


def _distinct(value: Any) -> Any:
    """A made-up listing without an item whose id an earlier item has."""
    items = value.get("items") if isinstance(value, dict) else value
    if not isinstance(items, list):
        return value
    seen: set[str | int] = set()
    kept = []
    for item in items:
        ident = item.get("id") if isinstance(item, dict) else None
        if isinstance(ident, (str, int)) and not isinstance(ident, bool):  # ids as a paging client tells items
            if ident in seen:
                continue
            seen.add(ident)
        kept.append(item)
    return {**value, "items": kept} if isinstance(value, dict) else kept


@functools.cache
def _paged(method: str, path: str) -> bool:
    """Whether the operation takes `offset` and `limit` query parameters."""
    parameters = spec_document()["paths"][path][method.lower()].get("parameters", [])
    names = {p.get("name") for p in parameters if p.get("in") == "query"}
    return {"offset", "limit"} <= names


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
    name = resource.removesuffix("/admin").rsplit("/", 1)[-1]
    return name.rstrip("s").replace("_", " ") or "resource"


def _table(op: Operation, call: Call) -> dict[str, Any]:
    assert op.resource is not None
    return call.state.table(op.resource)


def _item(op: Operation, call: Call) -> Any:
    assert op.resource is not None
    return call.record(op.resource, op.path_params[-1], _what(op.resource))


def _key(table: dict[str, Any], record: Any) -> str:
    return next(k for k, v in table.items() if v is record)


@functools.cache
def _validator(schema_name: str, prop: str) -> OAS30Validator | None:
    properties = resolve(component(schema_name)).get("properties", {})
    if prop not in properties:
        return None
    schema = {**properties[prop], "components": spec_document()["components"]}
    return OAS30Validator(schema, format_checker=oas30_format_checker)


def fitting(schema_name: str, body: Any, writable: frozenset[str] | None = None) -> dict[str, Any]:
    """The request body's properties that the record schema has (and, given `writable`, that the request
    may set), with values it allows (a form's JSON text decoded where the schema wants an object or a list)."""
    if not isinstance(body, dict):
        return {}
    fits = {}
    for name, value in body.items():
        validator = _validator(schema_name, name)
        if validator is None or (writable is not None and name not in writable):
            continue
        if validator.is_valid(value):
            fits[name] = value
        elif (decoded := _decoded(name, value)) and validator.is_valid(decoded[0]):
            fits[name] = decoded[0]
        elif isinstance(value, str) and DATE.fullmatch(value) and validator.is_valid(midnight := f"{value}T00:00:00Z"):
            fits[name] = midnight  # a date where the record keeps a date-time: that day's midnight, as the server
    return fits


def _decoded(name: str, value: Any) -> tuple[Any, ...]:
    """A value given as JSON text, decoded; refused (400) where it nests too deep to parse safely or holds
    a string no answer could encode, as a JSON body would be."""
    if not isinstance(value, str) or value[:1] not in ("{", "["):
        return ()
    text = value.encode()
    if too_deep(text):
        raise FakeError(400, f"request body: {name}: JSON nested deeper than {MAX_JSON_DEPTH} levels")
    if (problem := lone_surrogate(text)) is not None:
        raise FakeError(400, problem.replace("request body: ", f"request body: {name}: ", 1))
    try:
        return (json.loads(text),)
    except ValueError:
        return ()


@functools.cache
def writable(operation_id: str) -> frozenset[str]:
    """The properties a request to the operation may set: those of its request body's schema (JSON or
    form), less any the spec marks readOnly there or in the record. Everything else a record holds (its
    id, owner, counts, time stamps, ...) is the server's: never taken from a body, whatever it sends."""
    op = operations()[operation_id]
    document = spec_document()["paths"][op.path][op.method.lower()]
    names: set[str] = set()
    read_only: set[str] = set()
    for media in document.get("requestBody", {}).get("content", {}).values():
        for name, schema in _body_properties(media.get("schema", {})).items():
            (read_only if resolve(schema).get("readOnly") else names).add(name)
    record = op.item_schema_name if route(op) == "owner" else resources().get(op.resource or "")
    if record is not None:
        read_only.update(n for n, schema in properties_of(record).items() if resolve(schema).get("readOnly"))
    return frozenset(names - read_only)


def _body_properties(schema: dict[str, Any]) -> dict[str, Any]:
    """The properties a request body's schema declares, through `$ref`, `allOf`, `oneOf` and `anyOf`."""
    schema = resolve(schema)
    found: dict[str, Any] = dict(schema.get("properties", {}))
    for key in ("allOf", "oneOf", "anyOf"):
        for part in schema.get(key, []):
            found.update(_body_properties(part))
    return found


async def _body(call: Call) -> Any:
    """The JSON body, or a form's text fields."""
    body = call.json()
    if body is None and call.request.headers.get("content-type", "").startswith("multipart/form-data"):
        form = await call.request.form()
        body = {k: v for k, v in form.items() if isinstance(v, str)}
    return body


def _view(op: Operation, call: Call, record: Any, key: str) -> Any:
    """The record in the shape `op` answers: itself, its id, an object holding it, or its fitting properties."""
    assert op.resource is not None and op.schema is not None
    schema_name, shape, data = resources()[op.resource], op.item_schema_name, Records.json(record)
    if shape == schema_name:
        return data
    if shape is None:
        free = resolve(op.schema.get("items", op.schema))
        return data if free.get("type") == "object" and not free.get("properties") else instance(free)
    if ids := id_properties(shape):
        return {**instance(component(shape), call.state.variety), **dict.fromkeys(ids, key)}
    properties = properties_of(shape)
    holder = next((p for p, s in properties.items() if "$ref" in s and ref_name(s) == schema_name), None)
    if holder is not None:  # `APIKeyResult.api_key`
        return {**instance(component(shape), call.state.variety), holder: data}
    return call.state.records.data(shape, **fitting(shape, data))


def _answer(op: Operation, call: Call, record: Any, key: str) -> Response:
    """`op`'s answer about one record, in the operation's own shape (none where the spec gives none)."""
    if op.schema is None or op.media_type != "application/json":
        return generated(op, call)
    view = _view(op, call, record, key)
    return JSONResponse([view] if op.schema.get("type") == "array" else view, status_code=op.status)


def _list(op: Operation, call: Call, records: list[Any]) -> Any:
    """A window of records, or an object holding it and their total (`{"items": [...], "total": n}`)."""
    items = page([Records.json(r) for r in records], call)
    if not op.wrapped:
        return items
    assert op.schema is not None
    properties = resolve(op.schema).get("properties", {})
    return {"items": items, **({"total": len(records)} if "total" in properties else {})}


async def _create(op: Operation, call: Call) -> Response:
    assert op.resource is not None
    schema_name, key_name = resources()[op.resource], keys()[op.resource]
    properties = properties_of(schema_name)
    fields = fitting(schema_name, await _body(call), writable(op.operation_id))
    table = call.state.table(op.resource)
    key = fields[key_name] if key_name != "id" and isinstance(fields.get(key_name), str) else new_id()
    if key in table:
        raise FakeError(409, f"{_what(op.resource)} {key!r} already exists")
    fields[key_name] = key
    stamp = now()
    for name in STAMPS:
        if properties.get(name, {}).get("format") == "date-time":
            fields[name] = stamp
    if "username" in properties and "username" not in fields:  # the owner: the one user of the fake
        fields["username"] = USERNAME
    record = call.state.records.build(schema_name, **fields)
    call.state.table(op.resource)[key] = record
    return _answer(op, call, record, key)


def _touch(schema_name: str, fields: dict[str, Any]) -> dict[str, Any]:
    if properties_of(schema_name).get("updated_at", {}).get("format") == "date-time":
        fields["updated_at"] = now()
    return fields


def _change(op: Operation, call: Call, changes: dict[str, Any], drop: str | None = None) -> Response:
    """Apply changes to the record the path names, and answer in the operation's shape."""
    assert op.resource is not None
    old = _item(op, call)
    key = _key(_table(op, call), old)
    new = Records.replace(old, **_touch(resources()[op.resource], changes))
    if drop is not None:
        new = Records.without(new, drop)
    call.state.table(op.resource)[key] = new
    return _answer(op, call, new, key)


async def _update(op: Operation, call: Call) -> Response:
    assert op.resource is not None
    return _change(op, call, fitting(resources()[op.resource], await _body(call), writable(op.operation_id)))


async def _delete(op: Operation, call: Call) -> Response:
    assert op.resource is not None
    table = call.state.table(op.resource)
    if op.field is not None:  # the ids are listed in the body (`POST /shared_chats/batch_delete`)
        listed = (await _body(call) or {}).get(op.field) or []
        wanted, named = [str(k) for k in listed], False
    else:
        param = op.path_params[-1]
        raw = call.path(param)
        # A comma separates the items of a list parameter only (`{tag_names}`, or one the spec types as an array:
        # `DELETE /prompt_templates/{prompt_template_id}`); a name may hold one (`{tag_name}`).
        listed = param.endswith(("_ids", "_names")) or param in op.list_params
        wanted, named = (raw.split(",") if listed else [raw]), by_name(param)
    found = [(k, find(table, k, named)) for k in wanted]
    missing = [k for k, record in found if record is None]
    if missing:
        # The vendor's guide: deleting what is already deleted answers 404 (a deviation where undocumented).
        raise FakeError(404, f"{_what(op.resource)} not found: {', '.join(missing)}")
    keys = list(dict.fromkeys(_key(table, record) for _, record in found))  # a record named twice goes once
    for key in keys:
        del table[key]
        call.state.permissions.pop((op.resource, key), None)
    if op.schema is not None and op.item_schema_name == "Count":
        return JSONResponse({"count": len(found)}, status_code=op.status)
    if len(found) == 1:  # an answer about the record deleted, e.g. its id
        return _answer(op, call, found[0][1], keys[0])
    return generated(op, call)


async def _field(op: Operation, call: Call) -> Response:
    assert op.resource is not None and op.field is not None
    if op.method == "GET":
        value = Records.json(_item(op, call)).get(op.field)
        schema = {**(op.schema or {}), "components": spec_document()["components"]}
        valid = op.schema is not None and OAS30Validator(schema).is_valid(value)
        return JSONResponse(value, status_code=op.status) if valid else generated(op, call)
    if op.method == "DELETE":
        return _change(op, call, {}, drop=op.field)
    return _change(op, call, fitting(resources()[op.resource], await _body(call), writable(op.operation_id)))


def _flag(op: Operation, call: Call) -> Response:
    """archive / unarchive / activate / deactivate: the record's matching boolean, status and time stamp."""
    assert op.resource is not None and op.field is not None
    on = not op.field.startswith(("un", "de"))
    stem = op.field.removeprefix("un").removeprefix("de")
    properties = properties_of(resources()[op.resource])
    changes: dict[str, Any] = {}
    for name in (f"is_{stem}d", f"{stem}d", f"is_{stem.removesuffix('ate')}e"):  # is_archived, is_active
        if properties.get(name, {}).get("type") == "boolean":
            changes[name] = on
    status = properties.get("status", {})
    wanted = f"{stem}d" if on else "active"
    if stem == "archive" and status.get("type") == "string" and wanted in status.get("enum", [wanted]):
        changes["status"] = wanted
    stamp = f"{stem}d_at"
    if properties.get(stamp, {}).get("format") == "date-time" and on:
        changes[stamp] = now()
    return _change(op, call, changes, drop=None if on or stamp not in properties else stamp)


def _setting_pair(op: Operation) -> Operation | None:
    """The GET of a value kept under a resource by a PUT of the same path (`.../chat_settings`)."""
    if op.method not in ("GET", "PUT"):
        return None
    getter = _route("GET", op.path)
    putter = _route("PUT", op.path)
    if getter is None or putter is None or getter.schema is None or putter.body_schema != getter.schema:
        return None
    return getter


def _setting(op: Operation, call: Call) -> Response:
    getter = _setting_pair(op)
    assert getter is not None and getter.schema is not None
    key = (op.path, "/".join(call.path(p) for p in op.path_params))
    if op.method == "PUT":
        if isinstance(call.json(), dict):
            call.state.settings[key] = call.json()
        return Response(status_code=op.status) if op.schema is None else JSONResponse(call.json())
    if key not in call.state.settings:
        call.state.settings[key] = instance(getter.schema, call.state.variety)
    return JSONResponse(call.state.settings[key], status_code=op.status)


def _listed_resource(op: Operation) -> str | None:
    """The resource another list shows (`GET /collections/all`; `GET /admin/chats/archived`, wrapped)."""
    if op.method != "GET" or op.path_params or op.listed is None:
        return None
    found = [r for r, schema_name in resources().items() if schema_name == op.listed]
    return found[0] if len(found) == 1 else None


def _listing(op: Operation, call: Call) -> Response:
    resource = _listed_resource(op)
    assert resource is not None
    records = list(call.state.table(resource).values())
    if op.path.endswith("/archived"):
        records = [r for r in records if Records.json(r).get("status") == "archived"]
    return JSONResponse(_list(op, call, records), status_code=op.status)


@functools.cache
def _routes() -> dict[tuple[str, str], Operation]:
    return {(op.method, op.path): op for op in operations().values()}


def _route(method: str, path: str) -> Operation | None:
    return _routes().get((method, path))


def _owner_of(op: Operation) -> tuple[str, str] | None:
    """The resource and path parameter of an operation under a record answering that record's schema."""
    if op.status != 200 or op.item_schema_name is None or op.schema is None or op.schema.get("type") == "array":
        return None
    segments = op.path.split("/")
    for end in range(len(segments) - 1, 1, -1):
        resource = owners().get("/".join(segments[: end + 1]))
        if resource is not None and resources().get(resource) == op.item_schema_name:
            return resource, segments[end][1:-1]
    return None


def _owner_record(op: Operation, call: Call) -> Response:
    """An operation on a resource answering that resource (`PUT /chats/{id}/collection` -> ChatSession):
    the request's matching properties are applied to the stored record, which is returned."""
    owner = _owner_of(op)
    assert owner is not None and op.item_schema_name is not None
    resource, param = owner
    old = call.record(resource, param, _what(resource))
    key = _key(call.state.table(resource), old)
    changes = {}
    if op.method in ("PUT", "PATCH", "POST"):
        changes = fitting(op.item_schema_name, call.json(), writable(op.operation_id))
    new = Records.replace(old, **_touch(op.item_schema_name, changes))
    call.state.table(resource)[key] = new
    return json_response(new, op.status)


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
        public = Records.json(call.record(resource, owner_param, _what(resource))).get("is_public") is True
        return JSONResponse(["read"] if public else [], status_code=op.status)
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
