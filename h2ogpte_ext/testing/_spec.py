"""What the fake reads from api-spec.yaml about each operation: its shape, and the resource it acts on."""

from __future__ import annotations

import functools
import re
from typing import Any, Literal

from attrs import frozen

from h2ogpte_ext.testing._validation import spec_document

Kind = Literal["create", "list", "get", "update", "delete", "count", "field", "other"]
PARAM = re.compile(r"^\{(\w+)\}$")
ITEM_KINDS: dict[str, Kind] = {"GET": "get", "PATCH": "update", "PUT": "update", "DELETE": "delete"}
# Resources whose records come from other operations (documents from ingestion), not from a POST on them.
CREATED_ELSEWHERE = {"/documents": "Document"}


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
    field: str | None = None  # for kind "field": the property of the resource that the last segment names

    @property
    def item_schema_name(self) -> str | None:
        """The named schema of the success body, or of its items when it is an array."""
        if self.schema is None:
            return None
        schema = self.schema.get("items", {}) if self.schema.get("type") == "array" else self.schema
        return ref_name(schema) if "$ref" in schema else None


def _success(op: dict[str, Any]) -> tuple[int, str | None, dict[str, Any] | None]:
    responses = op["responses"]
    code = next((c for c in responses if str(c).startswith("2")), "default")
    content = responses[code].get("content") or {}
    status = 200 if code == "default" else int(code)
    if not content:
        return status, None, None
    media_type, media = next(iter(content.items()))
    return status, media_type, media.get("schema", {})


def _raw() -> dict[str, Operation]:
    result = {}
    for path, item in spec_document()["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            status, media_type, schema = _success(op)
            body = (op.get("requestBody") or {}).get("content", {}).get("application/json", {}).get("schema")
            params = tuple(m.group(1) for s in path.split("/") if (m := PARAM.match(s)))
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


@functools.cache
def operations() -> dict[str, Operation]:
    """Every operation of the spec by operationId, classified against the resources the spec implies.

    A resource is a collection path P whose records, of schema S, are served by GET P/{id} or listed by
    GET P, and created by a POST on P that answers the record or only its new id. Then GET P lists,
    GET P/{id} gets, PATCH/PUT P/{id} updates, DELETE P/{id} deletes, GET P/count counts, and
    PUT/DELETE P/{id}/<property of S> set or clear one property.
    """
    raw = _raw()
    by_route = {(op.method, op.path): op for op in raw.values()}
    resources = dict(CREATED_ELSEWHERE)  # collection path -> schema name
    for op in raw.values():
        if op.method != "POST" or _split(op.path)[1] is not None or op.item_schema_name is None:
            continue
        getter = next(
            (o for (m, p), o in by_route.items() if m == "GET" and _split(p)[0] == op.path and _split(p)[1]), None
        )
        lister = by_route.get(("GET", op.path))
        served = {o.item_schema_name for o in (getter, lister) if o is not None} - {None}
        if len(served) != 1:
            continue
        (name,) = served
        if name is None or "id" not in resolve(component(name)).get("properties", {}):
            continue
        # The POST answers the record itself, or only its new id (`{"id": ...}`, `[{"agent_custom_agent_id": ...}]`).
        if op.item_schema_name == name or id_properties(op.item_schema_name):
            resources[op.path] = name
    classified = {}
    for op_id, op in raw.items():
        base, item = _split(op.path)
        kind: Kind = "other"
        resource: str | None = None
        field_name: str | None = None
        if item is None and op.path in resources:
            schema = resources[op.path]
            if op.method == "POST" and (op.item_schema_name == schema or id_properties(op.item_schema_name)):
                kind, resource = "create", op.path
            elif op.method == "GET" and op.item_schema_name == schema and (op.schema or {}).get("type") == "array":
                kind, resource = "list", op.path
        elif item is not None and base in resources:
            resource = base
            kind = ITEM_KINDS.get(op.method, "other")
            if kind == "get" and op.item_schema_name != resources[base]:
                kind, resource = "other", None
            elif kind == "other":
                resource = None
        elif op.path.endswith("/count") and op.path.removesuffix("/count") in resources and op.method == "GET":
            kind, resource = "count", op.path.removesuffix("/count")
        else:
            parent, _, last = op.path.rpartition("/")
            owner, parent_item = _split(parent)
            if parent_item is not None and owner in resources and op.method in ("PUT", "DELETE"):
                properties = resolve(component(resources[owner])).get("properties", {})
                if last in properties:
                    kind, resource, field_name = "field", owner, last
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
        )
    return classified


@functools.cache
def resources() -> dict[str, str]:
    """Collection path -> the schema name of its records, for every stateful resource."""
    found = dict(CREATED_ELSEWHERE)
    for op in operations().values():
        if op.kind in ("list", "get") and op.resource is not None and op.item_schema_name is not None:
            found[op.resource] = op.item_schema_name
    return found


@functools.cache
def owners() -> dict[str, str]:
    """Item path template ("/collections/{collection_id}") -> resource, to check a path's parents exist."""
    found: dict[str, str] = {}
    for op in operations().values():
        if op.resource is not None and op.kind in ("get", "update", "delete"):
            found[op.path] = op.resource
    return found
