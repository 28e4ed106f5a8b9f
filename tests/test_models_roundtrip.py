"""The generated models are faithful to components/schemas: spec-valid JSON survives from_dict -> to_dict.

For every schema, hypothesis-jsonschema draws instances valid for the schema (OpenAPI 3.0's `nullable`
translated to JSON Schema), and the generated model must give back an equal JSON value; timestamps are
compared as instants, since `2024-01-01T00:00:00Z` and `2024-01-01T00:00:00+00:00` are one moment.
"""

from __future__ import annotations

import copy
import datetime
import os
from typing import Any

import h2ogpte_api.models
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from openapi_python_client.strings import ClassName, PythonIdentifier

from tests.spec_tools import load_spec, minimal_instance, resolve

SCHEMAS: dict[str, Any] = load_spec()["components"]["schemas"]


def to_json_schema(node: Any) -> Any:
    """OpenAPI 3.0 schema -> JSON Schema (draft 4+): `nullable: true` becomes a null alternative."""
    if isinstance(node, list):
        return [to_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {
        key: (
            {name: to_json_schema(sub) for name, sub in value.items()} if key == "properties" else to_json_schema(value)
        )
        for key, value in node.items()
        if key not in ("nullable", "description", "default")
    }
    if node.get("nullable"):
        if "type" in out and "$ref" not in out:
            out["type"] = [out["type"], "null"]
            if "enum" in out:
                out["enum"] = [*out["enum"], None]
        else:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


JSON_SCHEMAS = to_json_schema(SCHEMAS)


def _is_recursive(name: str, seen: tuple[str, ...] = ()) -> bool:
    if name in seen:
        return True
    refs: list[str] = []

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            if "$ref" in node:
                refs.append(node["$ref"].rsplit("/", 1)[-1])
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(SCHEMAS[name])
    return any(_is_recursive(ref, (*seen, name)) for ref in refs)


def _instant(value: str) -> datetime.datetime | None:
    try:
        return datetime.datetime.fromisoformat(value.replace("z", "Z").replace("t", "T"))
    except ValueError:
        return None


def same_json(got: Any, want: Any, where: str = "$") -> str | None:
    """None when `got` equals `want` as JSON (timestamps as instants), else where they differ."""
    if isinstance(want, dict) and isinstance(got, dict):
        if set(got) != set(want):
            return f"{where}: keys {sorted(got)} != {sorted(want)}"
        for key in want:
            problem = same_json(got[key], want[key], f"{where}.{key}")
            if problem:
                return problem
        return None
    if isinstance(want, list) and isinstance(got, list):
        if len(got) != len(want):
            return f"{where}: {len(got)} items != {len(want)}"
        for i, (g, w) in enumerate(zip(got, want, strict=True)):
            problem = same_json(g, w, f"{where}[{i}]")
            if problem:
                return problem
        return None
    if isinstance(want, str) and isinstance(got, str) and got != want:
        g, w = _instant(got), _instant(want)
        if g is not None and w is not None and g == w:
            return None
    if type(got) is not type(want) and not (
        isinstance(got, (int, float)) and isinstance(want, (int, float)) and got == want
    ):
        return f"{where}: {got!r} ({type(got).__name__}) != {want!r} ({type(want).__name__})"
    return None if got == want else f"{where}: {got!r} != {want!r}"


def _holder(name: str) -> tuple[str, str]:
    """For a schema with no class of its own (a oneOf union): a model holding it, and the property."""
    for parent, schema in sorted(SCHEMAS.items()):
        for prop, sub in schema.get("properties", {}).items():
            if sub.get("$ref", "").rsplit("/", 1)[-1] == name:
                return parent, prop
    raise LookupError(f"no model refers to {name}")


def _model_and_strategy(name: str) -> tuple[Any, st.SearchStrategy[Any]]:
    """The generated class that parses `name`, and spec-valid instances for it."""
    required: list[str] = []
    class_name = ClassName(name, "field_")
    if not hasattr(h2ogpte_api.models, class_name):
        # The union is inlined as the type of a property: round-trip it there, always present.
        name, prop = _holder(name)
        class_name = ClassName(name, "field_")
        required = [prop]
    root = copy.deepcopy(JSON_SCHEMAS[name])
    root["required"] = sorted({*root.get("required", []), *required})
    root["components"] = {"schemas": JSON_SCHEMAS}
    return getattr(h2ogpte_api.models, class_name), from_schema(root)


RECURSIVE = sorted(name for name in SCHEMAS if _is_recursive(name))
COVERED = [name for name in sorted(SCHEMAS) if name not in RECURSIVE]


@pytest.mark.parametrize("name", COVERED)
def test_model_round_trips_spec_valid_json(name: str) -> None:
    model, instances = _model_and_strategy(name)

    @settings(
        max_examples=15,
        deadline=None,
        database=None,
        # In CI the same examples every run (a failure there is reproducible, never flaky); locally the search
        # goes on finding new ones.
        derandomize=bool(os.environ.get("CI")),
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(instances)
    def round_trip(instance: dict[str, Any]) -> None:
        problem = same_json(model.from_dict(copy.deepcopy(instance)).to_dict(), instance)
        assert problem is None, f"{name}: {problem}\ninput: {instance!r}"

    round_trip()


ENUM_CASES = [
    (name, prop, value)
    for name, schema in sorted(SCHEMAS.items())
    for prop, sub in schema.get("properties", {}).items()
    for value in resolve(sub).get("enum", [])
]


@pytest.mark.parametrize(("name", "prop", "value"), ENUM_CASES)
def test_every_enum_value_survives(name: str, prop: str, value: Any) -> None:
    """Each enum value, drawn or not by hypothesis, parses and serialises unchanged."""
    model, _ = _model_and_strategy(name)
    instance = {**minimal_instance(SCHEMAS[name]), prop: value}
    assert same_json(model.from_dict(copy.deepcopy(instance)).to_dict(), instance) is None


NULLABLE_CASES = [
    (name, prop)
    for name, schema in sorted(SCHEMAS.items())
    for prop, sub in schema.get("properties", {}).items()
    if sub.get("nullable")
]


@pytest.mark.parametrize(("name", "prop"), NULLABLE_CASES)
def test_every_nullable_property_takes_null(name: str, prop: str) -> None:
    """A null where the spec allows one (a server's common answer) parses to None and serialises back to null."""
    model, _ = _model_and_strategy(name)
    instance = {**minimal_instance(SCHEMAS[name]), prop: None}
    parsed = model.from_dict(copy.deepcopy(instance))
    assert getattr(parsed, str(PythonIdentifier(prop, "field_"))) is None
    assert same_json(parsed.to_dict(), instance) is None


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_a_minimal_instance_round_trips(name: str) -> None:
    """Every optional property absent (what a terse server sends): parsed and serialised unchanged."""
    model, _ = _model_and_strategy(name)
    instance = minimal_instance(SCHEMAS[name])
    if not isinstance(instance, dict):
        pytest.skip(f"{name} is not an object schema")
    assert same_json(model.from_dict(copy.deepcopy(instance)).to_dict(), instance) is None


def test_round_trip_coverage(figures: list[str]) -> None:
    figures.append(
        f"model round trip: {len(COVERED)} of {len(SCHEMAS)} schemas covered, "
        f"{len(ENUM_CASES)} enum values and {len(NULLABLE_CASES)} nullable properties checked one by one"
    )
    for name in RECURSIVE:
        figures.append(f"  not covered: {name} (recursive $ref; hypothesis-jsonschema cannot draw it)")
    assert len(COVERED) + len(RECURSIVE) == len(SCHEMAS)
    assert len(COVERED) >= len(SCHEMAS) - 5
