"""What the fake reads from api-spec.yaml about each operation: its shape, and the resource it acts on."""

from __future__ import annotations

import functools
import re
from typing import Any, Literal

from attrs import frozen

from h2ogpte_ext.testing._validation import spec_document

Kind = Literal["create", "list", "ids", "get", "update", "delete", "count", "field", "flag", "other"]
PARAM = re.compile(r"^\{(\w+)\}$")
ITEM_KINDS: dict[str, Kind] = {"GET": "get", "PATCH": "update", "PUT": "update", "DELETE": "delete"}
# Resources whose records come from other operations (documents from ingestion), not from a POST on them.
CREATED_ELSEWHERE = {"/documents": "Document"}
# Path segments that switch a record's state on or off (`POST /collections/{collection_id}/archive`).
FLAGS = ("archive", "unarchive", "activate", "deactivate")


def component(name: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec_document()["components"]["schemas"][name]
    return schema


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = component(ref_name(schema))
    return schema


def ref_name(schema: dict[str, Any]) -> str:
    return str(schema["$ref"]).rsplit("/", 1)[-1]


@frozen
class Operation:
    """One operation of the spec, with what the generic store needs to know about it."""

    operation_id: str
    tag: str
    method: str
    path: str
    status: int  # the documented success status (200 where only `default` is documented)
    media_type: str | None  # of the success body; None for an empty one
    schema: dict[str, Any] | None  # of the success body
    body_schema: dict[str, Any] | None  # of a JSON request body
    path_params: tuple[str, ...]
    documented: frozenset[str]
    kind: Kind = "other"
    resource: str | None = None  # the collection path of the resource it acts on (e.g. "/prompt_templates")
    # For kind "field": the property of the resource that the last segment names; for a "delete" by body:
    # the body's property listing the ids.
    field: str | None = None
    # Path parameters the spec types as arrays (comma-separated, `style: simple`), whatever their names.
    list_params: frozenset[str] = frozenset()

    @property
    def item_schema_name(self) -> str | None:
        """The named schema of the success body, or of its items when it is an array."""
        if self.schema is None:
            return None
        schema = self.schema.get("items", {}) if self.schema.get("type") == "array" else self.schema
        return ref_name(schema) if "$ref" in schema else None

    @property
    def listed(self) -> str | None:
        """The named schema of the records a list answers: array items, or a wrapper's `items` array."""
        if self.schema is None or self.schema.get("type") == "array":
            return self.item_schema_name
        items = resolve(self.schema).get("properties", {}).get("items", {})
        return ref_name(items["items"]) if items.get("type") == "array" and "$ref" in items.get("items", {}) else None

    @property
    def wrapped(self) -> bool:
        """Whether the answer is an object holding the list (`{"items": [...], "total": n}`)."""
        return self.schema is not None and self.schema.get("type") != "array" and self.listed is not None


def _success(op: dict[str, Any]) -> tuple[int, str | None, dict[str, Any] | None]:
    responses = op["responses"]
    code = next((c for c in responses if str(c).startswith("2")), "default")
    content = responses[code].get("content") or {}
    status = 200 if code == "default" else int(code)
    if not content:
        return status, None, None
    media_type, media = next(iter(content.items()))
    return status, media_type, media.get("schema", {})


@functools.cache
def _raw() -> dict[str, Operation]:
    result = {}
    for path, item in spec_document()["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            status, media_type, schema = _success(op)
            body = (op.get("requestBody") or {}).get("content", {}).get("application/json", {}).get("schema")
            params = tuple(m.group(1) for s in path.split("/") if (m := PARAM.match(s)))
            declared = [*item.get("parameters", []), *op.get("parameters", [])]
            lists = {
                p["name"] for p in declared if p.get("in") == "path" and p.get("schema", {}).get("type") == "array"
            }
            result[op["operationId"]] = Operation(
                operation_id=op["operationId"],
                tag=op["tags"][0],
                method=method.upper(),
                path=path,
                status=status,
                media_type=media_type,
                schema=schema,
                body_schema=body,
                path_params=params,
                documented=frozenset(str(c) for c in op["responses"]),
                list_params=frozenset(lists),
            )
    return result


def id_properties(schema_name: str | None) -> list[str]:
    """The properties of a small schema that only carries a new record's id (`id`, `..._id`)."""
    if schema_name is None:
        return []
    properties = resolve(component(schema_name)).get("properties", {})
    ids = [p for p in properties if p == "id" or p.endswith("_id")]
    return ids if ids and len(properties) <= 2 else []


def _split(path: str) -> tuple[str, str | None]:
    """("/a/{b}/c", None) or, for a path ending in a parameter, ("/a", "b")."""
    head, _, last = path.rpartition("/")
    match = PARAM.match(last)
    return (head, match.group(1)) if match else (path, None)


def properties_of(schema_name: str) -> dict[str, Any]:
    """The properties a named schema declares."""
    properties: dict[str, Any] = resolve(component(schema_name)).get("properties", {})
    return properties


def _body_name(op: Operation) -> str | None:
    return ref_name(op.body_schema) if op.body_schema is not None and "$ref" in op.body_schema else None


def _record_schema(post: Operation, by_route: dict[tuple[str, str], Operation]) -> tuple[str, str] | None:
    """The schema of the records a POST creates and the property that addresses them, when the spec shows
    a resource there: a list or get of records with an `id`, or items addressed under the POST's path."""
    items = [o for (m, p), o in by_route.items() if _split(p) == (post.path, _split(p)[1]) and _split(p)[1]]
    getter = next((o for o in items if o.method == "GET"), None)
    lister = by_route.get(("GET", post.path))
    candidates = [lister.listed if lister else None, getter.item_schema_name if getter else None]
    if items and not id_properties(post.item_schema_name):  # records seen only in what the create answers
        candidates.append(post.item_schema_name)
    for name in candidates:
        if name is not None and "id" in properties_of(name):
            return name, "id"
    body = _body_name(post)
    if getter is not None and body is not None and getter.path_params[-1] in properties_of(body):
        return body, getter.path_params[-1]  # records the client names (`POST /secrets` with `secret_id`)
    return None


def _string_list(schema: dict[str, Any] | None) -> str | None:
    """The one property of a body that lists ids (`{"shared_chat_ids": [...]}`)."""
    properties = resolve(schema).get("properties", {}) if schema is not None else {}
    lists = [n for n, p in properties.items() if p.get("type") == "array" and p["items"].get("type") == "string"]
    return lists[0] if len(lists) == 1 else None


def _under_item(op: Operation, owner: str, record: str, last: str) -> tuple[Kind, str | None]:
    """How an operation on `<owner>/{id}/<last>` acts on the record."""
    properties = properties_of(record)
    named = f"{owner.rsplit('/', 1)[-1].removesuffix('s')}_{last}"
    body = _body_name(op)
    if last in properties and op.method in ("PUT", "DELETE", "POST"):
        return "field", last
    if op.method == "GET" and named in properties:
        return "field", named  # `GET /secrets/{secret_id}/value` -> secret_value
    if last in FLAGS and op.method == "POST" and op.body_schema is None:
        return "flag", last
    required = set(resolve(component(body)).get("required", [])) if body is not None else set()
    answers = op.schema is None or op.item_schema_name == record  # not something else (`POST .../tags`: Tag)
    if op.method in ("PUT", "POST", "PATCH") and required and required <= set(properties) and answers:
        return "update", None  # a body of the record's own properties (`PUT /memory_blocks/{id}/privacy`)
    return "other", None


@functools.cache
def _resources() -> dict[str, tuple[str, str]]:
    """Collection path -> the schema name of its records and the property that addresses them."""
    raw = _raw()
    by_route = {(op.method, op.path): op for op in raw.values()}
    found = {path: (schema_name, "id") for path, schema_name in CREATED_ELSEWHERE.items()}
    for op in raw.values():
        # Collections under a record (`/documents/{document_id}/tags`) are other handlers' business.
        if op.method == "POST" and "{" not in op.path and op.media_type == "application/json":
            record = _record_schema(op, by_route)
            if record is not None and op.path not in found:
                found[op.path] = record
    return found


@functools.cache
def operations() -> dict[str, Operation]:
    """Every operation of the spec by operationId, classified against the resources the spec implies.

    A resource is a collection path P whose records, of schema S, are created by a POST on P and served by
    GET P/{id} or listed by GET P (a plain or a wrapped list), or only addressed by P/{id}. Then GET P
    lists, GET P/ids lists their ids, GET P/{id} gets, PATCH/PUT P/{id} (or P/<verb>/{id}) updates, DELETE
    P/{id} deletes (comma-separated ids too), a POST or DELETE on P/<...delete...> with a list of ids
    deletes those, GET P/count counts, PUT/POST/DELETE P/{id}/<property of S> set or clear one property,
    POST P/{id}/archive (and unarchive, activate, deactivate) flips its state, and a PUT/POST of some of
    S's own properties to P/{id}/<anything> updates them.
    """
    raw = _raw()
    resources = {path: schema_name for path, (schema_name, _) in _resources().items()}
    classified = {}
    for op_id, op in raw.items():
        base, item = _split(op.path)
        parent, _, last = op.path.rpartition("/")
        owner, parent_item = _split(parent)
        kind: Kind = "other"
        resource: str | None = None
        field_name: str | None = None
        if item is None and op.path in resources:
            if op.method == "POST" and op.path not in CREATED_ELSEWHERE:
                kind, resource = "create", op.path
            elif op.method == "GET" and op.listed == resources[op.path]:
                kind, resource = "list", op.path
        elif item is not None and (base in resources or base.rpartition("/")[0] in resources):
            # `/admin/api_keys/{key_id}`, or a verb before the id (`/admin/api_keys/expire/{key_id}`)
            resource = base if base in resources else base.rpartition("/")[0]
            verb = "" if base in resources else base.rpartition("/")[2]
            kind = ITEM_KINDS.get(op.method, "other")
            if op.method == "POST" and verb in FLAGS:
                kind, field_name = "flag", verb
            elif op.method == "POST" and verb == "" and op.body_schema is not None:
                kind = "update"  # `POST /agents/keys/{key_id}`
            elif kind == "get" and verb:
                kind = "other"
            if kind == "other":
                resource = None
        elif op.method == "GET" and last in ("count", "ids") and parent in resources:
            if last == "count" and op.item_schema_name == "Count":
                kind, resource = "count", parent
            elif last == "ids" and (op.schema or {}).get("items", {}).get("type") == "string":
                kind, resource = "ids", parent
        elif (
            op.method in ("POST", "DELETE")
            and parent in resources
            and "delete" in last
            and (listing := _string_list(op.body_schema))
        ):
            kind, resource, field_name = "delete", parent, listing
        elif parent_item is not None and owner in resources:
            kind, field_name = _under_item(op, owner, resources[owner], last)
            resource = owner if kind != "other" else None
        classified[op_id] = Operation(
            operation_id=op.operation_id,
            tag=op.tag,
            method=op.method,
            path=op.path,
            status=op.status,
            media_type=op.media_type,
            schema=op.schema,
            body_schema=op.body_schema,
            path_params=op.path_params,
            documented=op.documented,
            kind=kind,
            resource=resource,
            field=field_name,
            list_params=op.list_params,
        )
    return classified


@functools.cache
def resources() -> dict[str, str]:
    """Collection path -> the schema name of its records, for every stateful resource."""
    return {path: schema_name for path, (schema_name, _) in _resources().items()}


@functools.cache
def keys() -> dict[str, str]:
    """Collection path -> the property its records are addressed by (`id`, or e.g. `secret_id`)."""
    return {path: key for path, (_, key) in _resources().items()}


@functools.cache
def owners() -> dict[str, str]:
    """Item path template ("/collections/{collection_id}") -> resource, to check a path's parents exist."""
    found: dict[str, str] = {}
    for op in operations().values():
        if op.resource is not None and op.kind in ("get", "update", "delete") and _split(op.path)[1] is not None:
            found[op.path] = op.resource
    return found
