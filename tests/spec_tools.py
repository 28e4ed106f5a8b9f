"""Reading api-spec.yaml in tests: operations, $ref resolution and minimal valid instances."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "api-spec.yaml"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@functools.cache
def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    with path.open(encoding="utf-8") as f:
        spec: dict[str, Any] = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return spec


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    op: dict[str, Any]

    @property
    def operation_id(self) -> str:
        return str(self.op["operationId"])

    @property
    def tag(self) -> str:
        return str(self.op["tags"][0])

    @property
    def deprecated(self) -> bool:
        """The spec marks it `deprecated: true`: its generated functions and methods warn when called."""
        return self.op.get("deprecated") is True

    def __str__(self) -> str:
        return f"{self.method.upper()} {self.path} ({self.operation_id})"


def operations(spec: dict[str, Any] | None = None) -> Iterator[Operation]:
    spec = spec if spec is not None else load_spec()
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield Operation(method, path, item[method])


def resolve(schema: dict[str, Any], spec: dict[str, Any] | None = None) -> dict[str, Any]:
    spec = spec if spec is not None else load_spec()
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = spec["components"]["schemas"][name]
    return schema


def minimal_instance(schema: dict[str, Any], spec: dict[str, Any] | None = None) -> Any:
    """The smallest JSON value valid for `schema`: required properties only, first enum value."""
    schema = resolve(schema, spec)
    for key in ("allOf", "oneOf", "anyOf"):
        if key in schema:
            if key == "allOf":
                merged: dict[str, Any] = {}
                for part in schema["allOf"]:
                    merged.update(minimal_instance(part, spec))
                return merged
            return minimal_instance(schema[key][0], spec)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "object")
    if kind == "object":
        props = schema.get("properties", {})
        return {
            name: minimal_instance(props.get(name, {"type": "string"}), spec) for name in schema.get("required", [])
        }
    if kind == "array":
        return []
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "date-time":
            return "2024-05-06T07:08:09Z"
        if fmt == "date":
            return "2024-05-06"
        if fmt == "binary":
            return b"bytes"
        return "text"
    if kind == "integer":
        return schema.get("minimum", 0)
    if kind == "number":
        return schema.get("minimum", 0.5)
    if kind == "boolean":
        return False
    raise AssertionError(f"no minimal instance for {schema!r}")
