"""What the spec the package was generated from offers, for tests that run on a client regenerated from another
release's spec (a user's pipeline regenerates from its server's, then runs this suite against the fake, which
serves that spec).

A test whose subject that spec lacks skips, naming what is missing; the names are those of
`h2ogpte_ext._needs` (operations as `<tag>.<method>`, fields as `<Schema>.<property>`, enum values as
`<Schema>.<property>=<value>`), and what is missing is read from the spec, never from a version number. On the
spec this repository ships every one of them is there, so nothing skips.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import pytest

from h2ogpte_ext import _needs


def lacks(*names: str) -> list[str]:
    """Those of `names` (operations, fields, `Schema` names, enum values) the spec generated from lacks."""
    facts = _needs.current()
    gone: list[str] = []
    for name in names:
        if "=" in name:
            field, _, value = name.partition("=")
            listed = facts.values.get(field)
            if field not in facts.fields or (listed is not None and value not in listed):
                gone.append(f"{field} value {value!r}")
        elif "." not in name:
            if name not in document().get("components", {}).get("schemas", {}):
                gone.append(f"model {name}")
        elif name not in facts.operations and name not in facts.fields:
            gone.append(f"client.{name}" if name[:1].islower() else name)
    return gone


def _reason(gone: list[str]) -> str:
    return f"the spec generated from lacks {', '.join(gone)}"


def require(*names: str) -> None:
    """Skip the running test, naming what is missing, unless the spec generated from has all of `names`."""
    gone = lacks(*names)
    if gone:
        pytest.skip(_reason(gone))


def needs(*names: str) -> pytest.MarkDecorator:
    """A mark (for a test or a `pytest.param`) that skips unless the spec generated from has all of `names`."""
    gone = lacks(*names)
    return pytest.mark.skipif(bool(gone), reason=_reason(gone))


def has(*names: str) -> bool:
    return not lacks(*names)


@functools.cache
def document() -> dict[str, Any]:
    """The spec the package was generated from (its `openapi.json`: no YAML parser needed)."""
    import h2ogpte_api

    loaded: dict[str, Any] = json.loads((Path(h2ogpte_api.__file__).parent / "openapi.json").read_text("utf-8"))
    return loaded


def documented(method: str, path: str) -> frozenset[str]:
    """The response statuses the spec lists for `METHOD /path/{template}` (as it writes them: "404")."""
    return frozenset(str(status) for status in document()["paths"][path][method.lower()]["responses"])


def not_found(method: str, path: str, *, strict: bool = False) -> int:
    """What the fake answers for a missing record (the README's table of deviations): 404 where the operation
    lists it, or lists neither 400 nor 404 (an older release's spec), or on a DELETE unless `strict`; else the
    documented 400."""
    listed = documented(method, path)
    if "404" in listed or "400" not in listed or (method.upper() == "DELETE" and not strict):
        return 404
    return 400


def _resolved(schema: Any) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = document()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def body_property(method: str, path: str, name: str) -> dict[str, Any] | None:
    """The schema of property `name` of `METHOD /path`'s request body (its first media type), or None."""
    operation = document()["paths"].get(path, {}).get(method.lower(), {})
    for media in operation.get("requestBody", {}).get("content", {}).values():
        found = _resolved(_resolved(media.get("schema", {})).get("properties", {}).get(name))
        return found if isinstance(found, dict) else None
    return None


def require_body_property(method: str, path: str, name: str) -> dict[str, Any]:
    """`body_property`, or skip naming it."""
    found = body_property(method, path, name)
    if found is None:
        pytest.skip(_reason([f"the {method.upper()} {path} body's {name}"]))
    return found


def require_deprecated(*operation_ids: str) -> None:
    """Skip unless the spec generated from marks every one of `operation_ids` `deprecated: true`."""
    marked = {
        operation.get("operationId")
        for item in document()["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and operation.get("deprecated") is True
    }
    gone = [f"deprecated: true on {name}" for name in operation_ids if name not in marked]
    if gone:
        pytest.skip(_reason(gone))


def optional_properties(schema_name: str) -> int:
    """How many properties of `schema_name` are not required."""
    schema = _resolved(document()["components"]["schemas"][schema_name])
    return len(set(schema.get("properties", {})) - set(schema.get("required", [])))


README_SPEC = re.compile(r"`api-spec\.yaml` \(h2oGPTe [\d.]+: (\d+) operations, (\d+) schemas\)")


def is_the_readmes_spec(readme: str) -> bool:
    """Whether the spec generated from has the counts of operations and schemas the README states."""
    return _the_readmes_spec(readme) is None


def require_the_readmes_spec(readme: str) -> None:
    """Skip unless the spec generated from is the one whose counts the README states (`api-spec.yaml` as this
    repository ships it: N operations, M schemas); on a client regenerated from another release's spec, the
    README's figures and the lists pinned to them are about a spec that is not there."""
    other = _the_readmes_spec(readme)
    if other is not None:
        pytest.skip(other)


def _the_readmes_spec(readme: str) -> str | None:
    stated = README_SPEC.search(" ".join(readme.split()))
    assert stated, "the README no longer says which spec it counts"
    spec = document()
    operations = sum(
        1 for item in spec["paths"].values() for method in item if method in ("get", "put", "post", "delete", "patch")
    )
    schemas = len(spec.get("components", {}).get("schemas", {}))
    if (operations, schemas) != (int(stated[1]), int(stated[2])):
        return (
            f"the README counts a spec of {stated[1]} operations and {stated[2]} schemas; the spec generated "
            f"from has {operations} and {schemas}"
        )
    return None
