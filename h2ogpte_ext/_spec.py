"""The spec at run time.

- For pipelines that track a server's spec (`h2ogpte-ext spec`): fetch it safely, and say what changed for a
  client. Needs the `spec` extra (`pip install 'h2ogpte-ext[spec]'`): PyYAML and openapi-spec-validator.
- Any operation of the spec by its operation id, with its arguments given as text (`h2ogpte-ext api`). Built
  on the generated layer alone: the module `h2ogpte_api.api.<tag>.<operation_id>`, the parameters of its
  `sync_detailed` (names and types from `inspect.signature`), request bodies through the model's `from_dict`,
  and the shipped `openapi.json` for the list of operations.
"""

from __future__ import annotations

import datetime
import functools
import importlib
import importlib.util
import inspect
import json
import keyword
import os
import pkgutil
import re
import types
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from io import BytesIO
from pathlib import Path
from typing import Any

import h2ogpte_api.api
import httpx
from attrs import asdict, define, field
from h2ogpte_api.types import File, Response, Unset, strict_enums

from h2ogpte_ext._config import check_api_key
from h2ogpte_ext._errors import H2OGPTEError, UsageError
from h2ogpte_ext._transport import shown_url

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def _yaml() -> Any:
    try:
        import yaml
    except ImportError:  # pragma: no cover - depends on the environment
        raise H2OGPTEError("the spec tools need PyYAML: pip install 'h2ogpte-ext[spec]'") from None
    return yaml


# The expanded size a document may reach through YAML aliases: h2oGPTe's own spec has about 45,000 nodes.
MAX_NODES = 5_000_000


def _check_expansion(document: Any, source: str, limit: int = MAX_NODES) -> None:
    """Refuse a document whose aliases expand beyond `limit` nodes (a "billion laughs") or contain themselves.

    The loader shares one object per anchor, so loading is cheap; anything that walks the document (the
    validator, the diff) would walk every expansion. Sizes are summed once per shared object.
    """
    sizes: dict[int, int] = {}
    active: set[int] = set()
    stack: list[tuple[Any, bool]] = [(document, False)]
    while stack:
        node, finished = stack.pop()
        if not isinstance(node, (dict, list)):
            continue
        children = list(node.values()) if isinstance(node, dict) else node
        key = id(node)
        if finished:
            size = 1 + len(children) + sum(sizes.get(id(child), 0) for child in children)
            active.discard(key)
            sizes[key] = size
            if size > limit:
                raise H2OGPTEError(
                    f"{source} expands beyond {limit:,} nodes through YAML aliases (an alias bomb?); refused"
                )
        elif key in active:
            raise H2OGPTEError(f"{source} has a YAML alias that contains itself; refused")
        elif key not in sizes:
            active.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in children)


def load(text: str | bytes, source: str) -> dict[str, Any]:
    """Parse a YAML or JSON OpenAPI document and check it is a valid OpenAPI 3 document.

    Raises `H2OGPTEError` saying why when it is not, including a document whose YAML aliases would expand
    beyond `MAX_NODES` nodes or refer to themselves.
    """
    yaml = _yaml()
    try:
        document = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise H2OGPTEError(f"{source} is not YAML or JSON: {exc}") from exc
    except RecursionError:
        raise H2OGPTEError(f"{source} is nested too deeply to read") from None
    _check_expansion(document, source)
    if not isinstance(document, dict) or not str(document.get("openapi", "")).startswith("3."):
        raise H2OGPTEError(f"{source} is not an OpenAPI 3 document (no 'openapi: 3.x' field)")
    try:
        from openapi_spec_validator import validate
        from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
    except ImportError:  # pragma: no cover - depends on the environment
        raise H2OGPTEError("the spec tools need openapi-spec-validator: pip install 'h2ogpte-ext[spec]'") from None
    try:
        validate(document)
    except OpenAPIValidationError as exc:
        where = "/".join(str(p) for p in getattr(exc, "path", [])) or "(document)"
        raise H2OGPTEError(f"{source} is not a valid OpenAPI document: {where}: {exc.message}") from exc
    return dict(document)


def load_file(path: str | os.PathLike[str]) -> dict[str, Any]:
    try:
        return load(Path(path).read_bytes(), str(path))
    except OSError as exc:
        raise H2OGPTEError(f"cannot read {path}: {exc.strerror}") from exc


def fetch(url: str, out: Path, *, api_key: str | None = None, timeout: float = 60.0) -> int:
    """Download `URL/api-spec.yaml`, check it, and replace `out` atomically; returns the operation count.

    An invalid or partial download leaves `out` untouched and raises saying why. `api_key` is checked as the
    client checks it (`_config.check_api_key`: printable ASCII, no spaces or line breaks) before anything is
    sent; no message shows it.
    """
    spec_url = url if url.rstrip("/").endswith((".yaml", ".yml", ".json")) else url.rstrip("/") + "/api-spec.yaml"
    headers = {"Authorization": f"Bearer {check_api_key(api_key)}"} if api_key else {}
    shown = shown_url(spec_url)  # no user name, password or query string in a message
    try:
        response = httpx.get(spec_url, headers=headers, timeout=timeout, follow_redirects=True)
    except httpx.HTTPError as exc:
        reason = str(exc) or type(exc).__name__
        if api_key:
            reason = reason.replace(api_key, "<the API key>")
        raise H2OGPTEError(f"could not download {shown}: {reason}") from None
    if response.status_code != 200:
        raise H2OGPTEError(f"could not download {shown}: HTTP {response.status_code}")
    document = load(response.content, shown)
    write_file(out, response.content)
    return sum(1 for _ in _operations(document))


def write_file(path: Path, content: bytes) -> None:
    """Write `content` to `path` as downloads are written (`_files.Destination`): beside the target, then
    renamed, so an interrupted write never leaves a partial file, and created with mode 0o666 less the
    user's umask (0644 typically), as any program makes files; an existing file is replaced. For every file
    the command line writes (`spec fetch`, `api --output`)."""
    from h2ogpte_ext._files import Destination

    try:
        with Destination(path, overwrite=True) as out:
            out.write(content)
    except (OSError, H2OGPTEError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise H2OGPTEError(f"cannot write {path}: {reason}") from None


# --- comparison ---------------------------------------------------------------------------------------

# A text or Markdown report names this many operations for one entry, then says "and N more" (JSON names all).
SHOWN = 5
# An operation-level change shared by this many operations is shown once, naming them (e.g. an error status
# every operation lost), rather than under each.
REPEATED = 3
# A Markdown section of more entries than this is folded (`<details>`).
FOLDED = 20
# How deep nested schemas are compared (cycles stop earlier: each pair of component schemas is entered once).
MAX_DEPTH = 32
# String formats that change the Python type openapi-python-client generates; any other format is a `str`
# (or, on a number, the same `int` or `float`), so changing it changes nothing for a client.
FORMAT_TYPES = {"date-time": "datetime", "date": "date", "uuid": "UUID", "binary": "File"}


@define(frozen=True, order=True)
class Change:
    """One difference at one place: `where` is a parameter, a body, a response or a schema's property path."""

    where: str
    what: str
    breaking: bool


@define(frozen=True)
class MethodChange:
    """An operation whose method on the client, `client.<tag>.<method>`, or whose route changed."""

    operation: str  # "GET /path" in the new document
    old_operation: str  # in the old one: another route when the operation moved
    old: str | None  # `client.<tag>.<method>`; None without an operationId
    new: str | None
    what: str  # why: "operationId a -> b", "tag A -> B", "moved from GET /old"
    breaking: bool


@define(frozen=True)
class SchemaChanges:
    """A changed component schema, once: its changes, and the operations of the new document that use it."""

    operations: list[str]
    changes: list[Change]


@define
class SpecDiff:
    """What changed between two documents for a client; each change marked breaking or not (see `diff`).

    Operations are named `METHOD /path`. Changes inside a component schema are listed once, under the schema
    (`schemas`), never under the operations that use it.
    """

    added: list[str] = field(factory=list)
    removed: list[str] = field(factory=list)
    changed: dict[str, list[Change]] = field(factory=dict)
    methods: list[MethodChange] = field(factory=list)
    schemas: dict[str, SchemaChanges] = field(factory=dict)
    schemas_added: list[str] = field(factory=list)
    schemas_removed: list[str] = field(factory=list)
    clients: dict[str, str] = field(factory=dict)  # operation -> `client.<tag>.<method>`, for the reports
    old_title: str = ""  # "title version" from each document's info
    new_title: str = ""

    @property
    def breaking(self) -> int:
        """How many reported entries are breaking (a removed schema counts once, a schema change once)."""
        return (
            len(self.removed)
            + len(self.schemas_removed)
            + sum(m.breaking for m in self.methods)
            + sum(c.breaking for changes in self.changed.values() for c in changes)
            + sum(c.breaking for schema in self.schemas.values() for c in schema.changes)
        )

    def to_json(self) -> dict[str, Any]:
        """`added`, `removed`, `changed` (operation -> changes) and `breaking` (a count) always; `methods`,
        `schemas`, `schemas_added` and `schemas_removed` when they hold something."""
        data: dict[str, Any] = {
            "added": self.added,
            "removed": self.removed,
            "changed": {op: [asdict(c) for c in changes] for op, changes in self.changed.items()},
        }
        if self.methods:
            data["methods"] = [asdict(m) for m in self.methods]
        if self.schemas:
            data["schemas"] = {
                name: {"operations": s.operations, "changes": [asdict(c) for c in s.changes]}
                for name, s in self.schemas.items()
            }
        if self.schemas_added:
            data["schemas_added"] = self.schemas_added
        if self.schemas_removed:
            data["schemas_removed"] = self.schemas_removed
        data["breaking"] = self.breaking
        return data

    def summary(self) -> str:
        """The counts, on one line (the breaking count apart)."""
        return (
            f"{len(self.added)} added, {len(self.removed)} removed, {len(self.changed)} changed operations; "
            f"{len(self.methods)} methods renamed or moved; {len(self.schemas)} changed, "
            f"{len(self.schemas_removed)} removed, {len(self.schemas_added)} added schemas"
        )

    def grouped(self) -> tuple[dict[str, list[Change]], dict[Change, list[str]]]:
        """The operation-level changes as the reports show them: those shared by `REPEATED` operations or
        more once, with the operations (second), the others under their operation (first)."""
        sharing: dict[Change, list[str]] = {}
        for op, changes in self.changed.items():
            for change in changes:
                sharing.setdefault(change, []).append(op)
        shared = sorted(sharing.items(), key=lambda item: (not item[0].breaking, -len(item[1]), item[0].where))
        repeated = {change: ops for change, ops in shared if len(ops) >= REPEATED}
        single = {op: [c for c in changes if c not in repeated] for op, changes in self.changed.items()}
        return {op: changes for op, changes in single.items() if changes}, repeated

    def report(self, show: Callable[[str], str] = str, *, old: str = "", new: str = "") -> str:
        """The changes as text, one per line; `show` turns each name taken from the documents (an operation,
        a place, a change) into what may be printed (the command line escapes what a terminal acts on).
        `old` and `new` name the documents' files in the first line, next to their titles and versions."""

        def named(name: str, title: str) -> str:
            return " ".join(show(part) for part in (name, f"({title})" if name and title else title) if part)

        summary = f"{self.summary()}; {self.breaking} breaking for a client"
        documents = f"{named(old, self.old_title)} -> {named(new, self.new_title)}"
        lines = [f"{documents}: {summary}"]

        def operation(op: str) -> str:
            client = self.clients.get(op)
            return f"{show(op)} ({show(client)})" if client else show(op)

        def change(c: Change) -> str:
            return f"{'[BREAKING] ' if c.breaking else ''}{show(c.where)}: {show(c.what)}"

        for title, ops, mark in (("Removed", self.removed, " [BREAKING]"), ("Added", self.added, "")):
            if ops:
                lines += ["", f"{title} operations:", *(f"  {operation(op)}{mark}" for op in ops)]
        if self.methods:
            lines += ["", "Methods renamed or moved (client.<tag>.<method>):"]
            for m in self.methods:
                renamed = (
                    f"{show(m.old or '(none)')} -> {show(m.new or '(none)')}" if m.old != m.new else show(m.new or "")
                )
                lines.append(f"  {'[BREAKING] ' if m.breaking else ''}{show(m.operation)}: {renamed} ({show(m.what)})")
        single, repeated = self.grouped()
        if single:
            lines += ["", "Changed operations:"]
            for op, changes in single.items():
                lines += [f"  {operation(op)}", *(f"    {change(c)}" for c in changes)]
        if repeated:
            lines += ["", "Changes in several operations:"]
            lines += [f"  {change(c)} ({_some(ops, show, 'operation')})" for c, ops in repeated.items()]
        if self.schemas:
            lines += ["", "Changed schemas (each once, with the operations that use it):"]
            for name, schema in self.schemas.items():
                lines += [f"  {show(name)}: {_used_by(schema.operations, show)}"]
                lines += [f"    {change(c)}" for c in schema.changes]
        for title, names in (
            ("Removed schemas (their models are gone) [BREAKING]:", self.schemas_removed),
            ("Added schemas:", self.schemas_added),
        ):
            if names:
                lines += ["", title, *(f"  {line}" for line in _wrapped([show(n) for n in names]))]
        return "\n".join(lines)

    def markdown(self, show: Callable[[str], str] = str, *, old: str = "", new: str = "") -> str:
        """The changes as Markdown, for a pull request's body: a heading, the summary, then a section per kind
        of change; a section of more than `FOLDED` entries is folded (`<details>`). Names taken from the documents
        are code spans, other text from them is escaped, so a document cannot inject Markdown or HTML."""

        def code(text: str) -> str:
            return _code(show(text))

        def operation(op: str) -> str:
            client = self.clients.get(op)
            return f"{code(op)} {code(client)}" if client else code(op)

        def change(c: Change) -> str:
            return f"{'**breaking** ' if c.breaking else ''}{code(c.where)}: {_escaped(show(c.what))}"

        def named(name: str, title: str) -> str:
            return f"{code(name)} ({_escaped(show(title))})" if name and title else code(name or title)

        title = f"{named(old, self.old_title)} → {named(new, self.new_title)}"
        parts = [
            f"### API changes: {title}",
            "",
            f"**{self.breaking} breaking for a client.** {_escaped(self.summary())}",
        ]

        def section(heading: str, entries: list[list[str]]) -> None:
            items = [line for entry in entries for line in entry]
            parts.extend(["", f"#### {heading}", ""])
            if len(entries) > FOLDED:
                parts.extend([f"<details><summary>{len(entries)} entries</summary>", "", *items, "", "</details>"])
            else:
                parts.extend(items)

        def method(m: MethodChange) -> str:
            renamed = f"{code(m.old or '(none)')} → {code(m.new or '(none)')}" if m.old != m.new else code(m.new or "")
            return f"- {'**breaking** ' if m.breaking else ''}{code(m.operation)}: {renamed} ({_escaped(show(m.what))})"

        if self.removed:
            section("Removed operations", [[f"- **breaking** {operation(op)}"] for op in self.removed])
        if self.added:
            section("Added operations", [[f"- {operation(op)}"] for op in self.added])
        if self.methods:
            section("Methods renamed or moved", [[method(m)] for m in self.methods])
        single, repeated = self.grouped()
        if single:
            section(
                "Changed operations",
                [[f"- {operation(op)}", *(f"  - {change(c)}" for c in changes)] for op, changes in single.items()],
            )
        if repeated:
            section(
                "Changes in several operations",
                [[f"- {change(c)} ({_some(ops, code, 'operation')})"] for c, ops in repeated.items()],
            )
        if self.schemas:
            section(
                "Changed schemas (each once, with the operations that use it)",
                [
                    [
                        f"- {code(name)}: {_used_by(schema.operations, code)}",
                        *(f"  - {change(c)}" for c in schema.changes),
                    ]
                    for name, schema in self.schemas.items()
                ],
            )
        if self.schemas_removed:
            names = ", ".join(map(code, self.schemas_removed))
            section("Removed schemas (their models are gone)", [[f"**breaking**: {names}"]])
        if self.schemas_added:
            section("Added schemas", [[", ".join(map(code, self.schemas_added))]])
        return "\n".join(parts)


def _some(ops: list[str], show: Callable[[str], str], noun: str) -> str:
    """`N operations: A, B, ... and M more`, at most `SHOWN` named."""
    named = ", ".join(show(op) for op in ops[:SHOWN])
    more = f" and {len(ops) - SHOWN} more" if len(ops) > SHOWN else ""
    return f"{len(ops)} {noun}{'' if len(ops) == 1 else 's'}: {named}{more}"


def _used_by(ops: list[str], show: Callable[[str], str]) -> str:
    return f"used by {_some(ops, show, 'operation')}" if ops else "used by no operation"


def _wrapped(names: list[str], width: int = 100) -> list[str]:
    """Names joined by commas into lines of about `width` characters."""
    lines: list[str] = []
    for name in names:
        if lines and len(lines[-1]) + len(name) + 2 <= width:
            lines[-1] += f", {name}"
        else:
            if lines:
                lines[-1] += ","
            lines.append(name)
    return lines


def _code(text: str) -> str:
    """A Markdown code span holding `text` literally, whatever backticks it holds."""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _escaped(text: str) -> str:
    """Text as Markdown shows it literally: its punctuation that Markdown or HTML would act on escaped."""
    text = text.replace("&", "&amp;").replace(" -> ", " → ")
    return "".join(f"\\{char}" if char in "\\`*_[]<>|~#!" else char for char in text)


def client_method(operation: dict[str, Any]) -> str | None:
    """`client.<tag>.<method>` for an operation: its first tag and its operationId, in snake_case."""
    operation_id = operation.get("operationId")
    if not isinstance(operation_id, str) or not operation_id:
        return None
    tags = operation.get("tags") or ["default"]
    return f"client.{python_name(str(tags[0]))}.{python_name(operation_id)}"


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for key, operation, _ in _operations_in_paths(spec):
        yield key, operation


def _operations_in_paths(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    """Each operation as (`METHOD /path`, the operation, its path item), in path order then method order."""
    for path, item in (spec.get("paths") or {}).items():
        for method in METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                yield f"{method.upper()} {path}", item[method], item


def _resolve(spec: dict[str, Any], node: Any) -> dict[str, Any]:
    """`node` with its `$ref` (JSON pointers within the document) followed; {} where one leads nowhere."""
    hops = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and hops < 50:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node, hops = target, hops + 1
    return node if isinstance(node, dict) else {}


def _mapping(node: dict[str, Any], key: str) -> dict[str, Any]:
    """`node[key]` if it is a mapping, else an empty one."""
    value = node.get(key)
    return value if isinstance(value, dict) else {}


def _component(node: Any) -> str | None:
    """The name of the component schema `node` refers to, if it is such a reference."""
    ref = node.get("$ref") if isinstance(node, dict) else None
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        return ref.removeprefix("#/components/schemas/").replace("~1", "/").replace("~0", "~")
    return None


def _unwrapped(node: Any) -> tuple[dict[str, Any], bool]:
    """A schema without the one-member `allOf` that OpenAPI 3.0 needs to make a reference nullable or to
    describe it, and whether that wrapper said `nullable`: `{allOf: [$ref: X], nullable: true}` is X, nullable."""
    nullable = False
    while (
        isinstance(node, dict)
        and isinstance(node.get("allOf"), list)
        and len(node["allOf"]) == 1
        and not {"type", "properties", "items", "oneOf", "anyOf", "enum"} & node.keys()
    ):
        nullable = nullable or node.get("nullable") is True
        node = node["allOf"][0]
    return (node if isinstance(node, dict) else {}), nullable


def _types(schema: dict[str, Any]) -> tuple[str, bool]:
    """A schema's type without "null" ("" if none), and whether it is nullable (3.0 `nullable`, 3.1 "null")."""
    declared = schema.get("type")
    nullable = schema.get("nullable") is True
    if isinstance(declared, list):
        return "|".join(sorted(str(t) for t in declared if t != "null")), nullable or "null" in declared
    return (str(declared) if declared else ""), nullable


def _signature(spec: dict[str, Any], node: Any, depth: int = 0) -> str:
    """A short name for a schema's shape: a component's name, `string`, `array[Tag]`, `object`, `any`."""
    node, _ = _unwrapped(node)
    name = _component(node)
    if name is not None:
        return name
    node = _resolve(spec, node)
    declared, _ = _types(node)
    if declared == "array" and isinstance(node.get("items"), dict) and depth < 3:
        return f"array[{_signature(spec, node['items'], depth + 1)}]"
    if declared:
        return declared
    for kind in ("oneOf", "anyOf", "allOf"):
        if isinstance(node.get(kind), list):
            return f"{kind}[{', '.join(_signature(spec, m, depth + 1) for m in node[kind])}]"
    return "object" if "properties" in node else "any"


def _parameters(spec: dict[str, Any], item: dict[str, Any], operation: dict[str, Any]) -> dict[tuple[str, str], Any]:
    """An operation's parameters by (in, name): the path item's, overridden by the operation's own (OpenAPI)."""
    merged: dict[tuple[str, str], Any] = {}
    for parameter in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
        parameter = _resolve(spec, parameter)
        if "in" in parameter and "name" in parameter:
            merged[(str(parameter["in"]), str(parameter["name"]))] = parameter
    return merged


def _reached(spec: dict[str, Any], roots: list[Any]) -> set[str]:
    """The component schemas reachable from `roots` through any chain of `$ref`."""
    names: set[str] = set()
    seen: set[int] = set()
    stack = list(roots)
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict) and id(node) not in seen:
            seen.add(id(node))
            name = _component(node)
            if name is not None:
                names.add(name)
            if isinstance(node.get("$ref"), str):
                stack.append(_resolve(spec, {"$ref": node["$ref"]}))
            stack.extend(value for key, value in node.items() if key != "$ref")
    return names


def _uses(spec: dict[str, Any]) -> dict[str, tuple[set[str], set[str]]]:
    """For each operation, the component schemas its requests reach and those its responses reach."""
    found = {}
    for key, operation, item in _operations_in_paths(spec):
        request = [*_parameters(spec, item, operation).values(), operation.get("requestBody")]
        found[key] = (_reached(spec, request), _reached(spec, [operation.get("responses")]))
    return found


@define(frozen=True)
class _Found:
    """A difference, and whether it breaks a client that sends the schema, and one that receives it."""

    where: str
    what: str
    request: bool
    response: bool
    why: str = ""  # said when it breaks a response

    def judged(self, request: bool, response: bool) -> Change:
        """The change for a schema used as sent (`request`), received (`response`), or both."""
        breaks_response = response and self.response
        breaking = (request and self.request) or breaks_response
        return Change(self.where, f"{self.what} ({self.why})" if breaks_response and self.why else self.what, breaking)


def _json_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


class _Comparer:
    """Compares two documents' schemas and operations; a reference to a component schema of the same name on
    both sides is not entered (that schema is compared once, on its own)."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.found: list[_Found] = []

    def add(self, where: str, what: str, request: bool, response: bool, why: str = "") -> None:
        self.found.append(_Found(where, what, request, response, why))

    def take(self) -> list[_Found]:
        found, self.found = self.found, []
        return found

    # --- schemas

    def schema(self, where: str, old: Any, new: Any, depth: int = 0, pairs: frozenset[Any] = frozenset()) -> None:
        if depth > MAX_DEPTH:
            return
        old, old_wrapper_nullable = _unwrapped(old)
        new, new_wrapper_nullable = _unwrapped(new)
        old_ref, new_ref = _component(old), _component(new)
        if old_ref is not None and old_ref == new_ref:
            self.nullable(where, old_wrapper_nullable, new_wrapper_nullable)
            return
        if old_ref != new_ref:
            self.add(where, f"schema {old_ref or '(inline)'} -> {new_ref or '(inline)'}", False, False)
            if (old_ref, new_ref) in pairs:
                return
            pairs = pairs | {(old_ref, new_ref)}
        old_schema, new_schema = _resolve(self.old, old), _resolve(self.new, new)
        old_type, old_nullable = _types(old_schema)
        new_type, new_nullable = _types(new_schema)
        if old_type and new_type and old_type != new_type:
            self.add(where, f"type {old_type} -> {new_type}", True, True)
            return
        self.nullable(where, old_nullable or old_wrapper_nullable, new_nullable or new_wrapper_nullable)
        self.format(where, old_schema.get("format"), new_schema.get("format"))
        self.enum(where, old_schema.get("enum"), new_schema.get("enum"))
        for kind in ("oneOf", "anyOf", "allOf"):
            self.composition(where, kind, old_schema, new_schema, depth, pairs)
        self.properties(where, old_schema, new_schema, depth, pairs)
        for key, suffix in (("items", "[]"), ("additionalProperties", "{}")):
            if isinstance(old_schema.get(key), dict) and isinstance(new_schema.get(key), dict):
                self.schema(where + suffix, old_schema[key], new_schema[key], depth + 1, pairs)

    def nullable(self, where: str, was: bool, now: bool) -> None:
        if was and not now:
            self.add(where, "no longer nullable", True, False)
        elif now and not was:
            self.add(where, "now nullable", False, True)

    def format(self, where: str, old: Any, new: Any) -> None:
        if old != new:
            changes_type = FORMAT_TYPES.get(str(old)) != FORMAT_TYPES.get(str(new))
            self.add(where, f"format {old or '(none)'} -> {new or '(none)'}", changes_type, changes_type)

    def enum(self, where: str, old: Any, new: Any) -> None:
        if isinstance(old, list) and isinstance(new, list):
            old_values, new_values = {_json_key(v): v for v in old}, {_json_key(v): v for v in new}
            for key in sorted(old_values.keys() - new_values.keys()):
                self.add(where, f"enum value {old_values[key]!r} removed", True, False)
            for key in sorted(new_values.keys() - old_values.keys()):
                value = new_values[key]
                self.add(
                    where, f"enum value {value!r} added", False, True, "a client of the old spec fails to parse it"
                )
        elif isinstance(new, list):
            self.add(where, f"now an enum ({len(new)} values)", True, False)
        elif isinstance(old, list):
            self.add(where, "no longer an enum (any value)", False, True)

    def composition(
        self, where: str, keyword: str, old: dict[str, Any], new: dict[str, Any], depth: int, pairs: frozenset[Any]
    ) -> None:
        """oneOf and anyOf are alternatives: one more may arrive (breaks a response), one fewer is refused
        (breaks a request). allOf is a conjunction: a member more is a constraint more (breaks a request), a
        member fewer loses its properties (breaks both)."""
        old_members = old[keyword] if isinstance(old.get(keyword), list) else None
        new_members = new[keyword] if isinstance(new.get(keyword), list) else None
        alternatives = keyword != "allOf"
        if old_members is None:
            if new_members is not None:
                shapes, was = [_signature(self.new, m) for m in new_members], _signature(self.old, old)
                listed = f"now {keyword} [{', '.join(shapes)}] (was {was})"
                self.add(where, listed, not alternatives or was not in shapes, alternatives)
            return
        if new_members is None:
            shapes, now = [_signature(self.old, m) for m in old_members], _signature(self.new, new)
            listed = f"no longer {keyword} [{', '.join(shapes)}] (now {now})"
            self.add(where, listed, True, not alternatives or now not in shapes)
            return
        old_keyed, new_keyed = self.keyed(self.old, old_members), self.keyed(self.new, new_members)
        for key in sorted(old_keyed.keys() - new_keyed.keys()):
            self.add(where, f"{keyword} member {key} removed", True, not alternatives)
        for key in sorted(new_keyed.keys() - old_keyed.keys()):
            self.add(where, f"{keyword} member {key} added", not alternatives, alternatives)
        for key in sorted(old_keyed.keys() & new_keyed.keys()):
            self.schema(f"{where}.{keyword}[{key}]", old_keyed[key], new_keyed[key], depth + 1, pairs)

    @staticmethod
    def keyed(spec: dict[str, Any], members: list[Any]) -> dict[str, Any]:
        """Composition members by their shape (`_signature`), told apart by position when two share one."""
        keyed: dict[str, Any] = {}
        for index, member in enumerate(members):
            key = _signature(spec, member)
            keyed[key if key not in keyed else f"{key}#{index}"] = member
        return keyed

    def properties(
        self, where: str, old: dict[str, Any], new: dict[str, Any], depth: int, pairs: frozenset[Any]
    ) -> None:
        old_props, new_props = _mapping(old, "properties"), _mapping(new, "properties")
        old_required = {str(name) for name in old.get("required") or []}
        new_required = {str(name) for name in new.get("required") or []}
        for name in sorted(old_props.keys() - new_props.keys()):
            self.add(f"{where}.{name}", "property removed", True, True)
        for name in sorted(new_props.keys() - old_props.keys()):
            required = name in new_required
            self.add(f"{where}.{name}", f"{'required' if required else 'optional'} property added", required, False)
        for name in sorted(old_props.keys() & new_props.keys()):
            if name in new_required - old_required:
                self.add(f"{where}.{name}", "now required", True, False)
            if name in old_required - new_required:
                self.add(f"{where}.{name}", "no longer required (may be absent)", False, True)
            self.schema(f"{where}.{name}", old_props[name], new_props[name], depth + 1, pairs)

    # --- operations

    def operation(
        self, old: tuple[dict[str, Any], dict[str, Any]], new: tuple[dict[str, Any], dict[str, Any]]
    ) -> list[Change]:
        """One operation's own changes (parameters, bodies, media types, statuses, inline schemas), judged
        as the side of the wire they are on: parameters and the request body are sent, responses received."""
        (old_op, old_item), (new_op, new_item) = old, new
        changes: list[Change] = []

        def judged(request: bool) -> None:
            changes.extend(f.judged(request, not request) for f in self.take())

        if new_op.get("deprecated") is True and old_op.get("deprecated") is not True:
            changes.append(Change("operation", "now deprecated", False))
        old_params = _parameters(self.old, old_item, old_op)
        new_params = _parameters(self.new, new_item, new_op)
        for place, name in sorted(old_params.keys() - new_params.keys()):
            changes.append(Change(f"{place} parameter {name}", "removed", True))
        for place, name in sorted(new_params.keys() - old_params.keys()):
            required = new_params[(place, name)].get("required") is True
            changes.append(
                Change(f"{place} parameter {name}", f"added, {'required' if required else 'optional'}", required)
            )
        for key in sorted(old_params.keys() & new_params.keys()):
            where = f"{key[0]} parameter {key[1]}"
            was, now = old_params[key].get("required") is True, new_params[key].get("required") is True
            if now and not was:
                changes.append(Change(where, "now required", True))
            elif was and not now:
                changes.append(Change(where, "no longer required", False))
            self.schema(where, old_params[key].get("schema", {}), new_params[key].get("schema", {}))
            judged(request=True)
        self.request_body(
            changes, _resolve(self.old, old_op.get("requestBody")), _resolve(self.new, new_op.get("requestBody"))
        )
        judged(request=True)
        self.responses(changes, old_op.get("responses") or {}, new_op.get("responses") or {})
        judged(request=False)
        return sorted(set(changes), key=lambda c: (not c.breaking, c.where, c.what))

    def request_body(self, changes: list[Change], old: dict[str, Any], new: dict[str, Any]) -> None:
        where = "request body"
        if old and not new:
            changes.append(Change(where, "removed", True))
            return
        required = new.get("required") is True
        if new and not old:
            changes.append(Change(where, f"added, {'required' if required else 'optional'}", required))
            return
        if required and old.get("required") is not True:
            changes.append(Change(where, "now required", True))
        elif old.get("required") is True and not required:
            changes.append(Change(where, "no longer required", False))
        # The media types the server accepts: one fewer refuses what an old client sends.
        self.contents(changes, where, old.get("content") or {}, new.get("content") or {}, removed_breaks=True)

    def responses(self, changes: list[Change], old: dict[Any, Any], new: dict[Any, Any]) -> None:
        # YAML reads an unquoted 200 as a number: the same status as "200".
        old, new = {str(k): v for k, v in old.items()}, {str(k): v for k, v in new.items()}
        for status in sorted(old.keys() | new.keys()):
            where = f"response {status}"
            success = status.startswith("2")  # any other status raises APIStatusError, listed or not
            if status not in new or status not in old:
                changes.append(Change(where, "removed" if status not in new else "added", success))
                continue
            old_content = _resolve(self.old, old[status]).get("content") or {}
            new_content = _resolve(self.new, new[status]).get("content") or {}
            if old_content and not new_content:
                changes.append(Change(where, "no body any more", success))
            elif new_content and not old_content:
                changes.append(Change(where, "now has a body", False))
            else:
                # The media types a client may receive: one more may be a form an old client cannot parse.
                self.contents(changes, where, old_content, new_content, removed_breaks=False, added_breaks=success)

    def contents(
        self,
        changes: list[Change],
        where: str,
        old: dict[str, Any],
        new: dict[str, Any],
        *,
        removed_breaks: bool,
        added_breaks: bool = False,
    ) -> None:
        for media in sorted(old.keys() - new.keys()):
            changes.append(Change(where, f"media type {media} removed", removed_breaks))
        for media in sorted(new.keys() - old.keys()):
            changes.append(Change(where, f"media type {media} added", added_breaks))
        common = sorted(old.keys() & new.keys())
        for media in common:
            place = where if len(common) == 1 else f"{where} {media}"
            self.schema(place, (old[media] or {}).get("schema", {}), (new[media] or {}).get("schema", {}))


def _title(spec: dict[str, Any]) -> str:
    info = _mapping(spec, "info")
    return " ".join(str(part) for part in (info.get("title"), info.get("version")) if part)


def _route_order(key: str) -> tuple[str, int]:
    method, _, path = key.partition(" ")
    return path, METHODS.index(method.lower()) if method.lower() in METHODS else len(METHODS)


def diff(old: dict[str, Any], new: dict[str, Any]) -> SpecDiff:
    """What changed between two OpenAPI documents, for a client of the old one.

    Operations are matched by method and path, then (the rest) by operationId: a route that moved keeps its
    method. A component schema is compared once, and listed with the operations that use it (through any
    `$ref`, in either document); path-level parameters count as each operation's own.

    The rule: a change is breaking when code written against the old document can fail with the new one,
    either on the wire (an old client's request refused, or a response it cannot parse) or in the code a
    user wrote against the regenerated client (a method, argument, model or attribute it calls is gone, or
    its type changed). So, breaking:

    - a removed operation; a renamed method (same route, another `client.<tag>.<method>`: another
      operationId, or another first tag), or a route that moved;
    - a parameter or request property removed; one added as required, or made required; a request body
      added as required, made required, or removed; a request media type removed;
    - a response property removed, or no longer required; a success status added or removed; a success
      response's body gone, or a media type it may now come in;
    - a type change, and a `format` change that changes the Python type (`date-time`, `date`, `uuid`,
      `binary` against a plain string; int32 to int64 is not);
    - enum values added to a response or removed from a request (an old client rejects a value it does not
      know); an enum dropped from a response, or added to a request;
    - `nullable` removed from a request (an old client sending null is refused), added to a response;
    - `oneOf`/`anyOf` alternatives added to a response or removed from a request (a plain schema becoming
      `oneOf` adds alternatives, and removes one when its old shape is not among them); `allOf` members added
      to a request or removed anywhere;
    - a removed component schema (its model is gone).

    Not breaking: additions a client need not use (operations, optional parameters and properties, request
    media types, enum values in requests, alternatives in requests), anything made less strict for what a
    client sends, error statuses (any of them raises `APIStatusError`), newly deprecated operations, an
    operationId or tag whose snake_case name is unchanged, and a schema replaced by another (a `$ref` to
    another name: the two are compared, and what differs is judged as above).

    A component schema's change is judged by where it is used: as sent (parameters, request bodies),
    received (responses, error responses too), or both; a schema no operation uses is judged both ways.
    """
    old_ops = {key: (op, item) for key, op, item in _operations_in_paths(old)}
    new_ops = {key: (op, item) for key, op, item in _operations_in_paths(new)}
    pairs = {key: key for key in old_ops.keys() & new_ops.keys()}  # new route -> old route

    def by_id(ops: dict[str, Any], keys: set[str]) -> dict[str, str]:
        ids: dict[str, list[str]] = {}
        for key in keys:
            ids.setdefault(str(ops[key][0].get("operationId")), []).append(key)
        return {i: found[0] for i, found in ids.items() if len(found) == 1 and i != "None"}

    old_ids, new_ids = by_id(old_ops, old_ops.keys() - pairs.keys()), by_id(new_ops, new_ops.keys() - pairs.keys())
    pairs |= {new_ids[i]: old_ids[i] for i in old_ids.keys() & new_ids.keys()}
    result = SpecDiff(
        added=sorted(new_ops.keys() - pairs.keys(), key=_route_order),
        removed=sorted(old_ops.keys() - set(pairs.values()), key=_route_order),
        old_title=_title(old),
        new_title=_title(new),
    )
    for key in result.removed:
        result.clients[key] = client_method(old_ops[key][0]) or ""
    for key in new_ops:
        result.clients[key] = client_method(new_ops[key][0]) or ""
    result.clients = {key: name for key, name in result.clients.items() if name}

    comparer = _Comparer(old, new)
    for new_key in sorted(pairs, key=_route_order):
        old_key = pairs[new_key]
        (old_op, _), (new_op, _) = old_ops[old_key], new_ops[new_key]
        method = _method_change(old_key, old_op, new_key, new_op)
        if method is not None:
            result.methods.append(method)
        changes = comparer.operation(old_ops[old_key], new_ops[new_key])
        if changes:
            result.changed[new_key] = changes

    old_schemas = _schemas(old)
    new_schemas = _schemas(new)
    result.schemas_added = sorted(new_schemas.keys() - old_schemas.keys())
    result.schemas_removed = sorted(old_schemas.keys() - new_schemas.keys())
    users, sides = _users(old, new, pairs)
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        comparer.schema(name, old_schemas[name], new_schemas[name])
        side = sides.get(name) or {"request", "response"}  # used by no operation: judged both ways
        changes = sorted(
            {f.judged("request" in side, "response" in side) for f in comparer.take()},
            key=lambda c: (not c.breaking, c.where, c.what),
        )
        if changes:
            result.schemas[name] = SchemaChanges(sorted(users.get(name, set()), key=_route_order), changes)
    return result


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return _mapping(_mapping(spec, "components"), "schemas")


def _users(
    old: dict[str, Any], new: dict[str, Any], pairs: dict[str, str]
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """For each component schema: the operations (of the new document, present in both) that use it in either
    document, and the sides it is used on ("request", "response")."""
    old_uses, new_uses = _uses(old), _uses(new)
    users: dict[str, set[str]] = {}
    sides: dict[str, set[str]] = {}
    for new_key, old_key in pairs.items():
        for request, response in (old_uses[old_key], new_uses[new_key]):
            for side, names in (("request", request), ("response", response)):
                for name in names:
                    users.setdefault(name, set()).add(new_key)
                    sides.setdefault(name, set()).add(side)
    return users, sides


def _method_change(old_key: str, old_op: dict[str, Any], new_key: str, new_op: dict[str, Any]) -> MethodChange | None:
    """The change of an operation's client method or route, if any: breaking unless only spellings that
    snake_case the same changed."""
    old_method, new_method = client_method(old_op), client_method(new_op)
    old_id, new_id = old_op.get("operationId"), new_op.get("operationId")
    old_tag, new_tag = (old_op.get("tags") or ["default"])[0], (new_op.get("tags") or ["default"])[0]
    if old_key == new_key and old_id == new_id and old_tag == new_tag:
        return None
    notes = []
    if old_id != new_id:
        notes.append(f"operationId {old_id} -> {new_id}")
    if old_tag != new_tag:
        notes.append(f"tag {old_tag} -> {new_tag}")
    if old_key != new_key:
        notes.append(f"moved from {old_key}")
    if old_method == new_method:
        notes.append("the same method")
    breaking = old_method != new_method or old_key != new_key
    return MethodChange(new_key, old_key, old_method, new_method, ", ".join(notes), breaking)


# --- any operation by its operation id (`h2ogpte-ext api`) ------------------------------------------------------

SPEC = Path(h2ogpte_api.api.__file__).parent.parent / "openapi.json"


@define(frozen=True)
class OperationInfo:
    """One operation of the spec, as `h2ogpte-ext api --list` shows it."""

    operation_id: str
    tag: str
    method: str
    path: str
    summary: str


def python_name(name: str) -> str:
    """The identifier openapi-python-client gives a spec name (`Document Ingestion` -> `document_ingestion`)."""
    snake = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    snake = re.sub(r"[^0-9a-zA-Z]+", "_", snake).strip("_").lower()
    return f"field_{snake}" if keyword.iskeyword(snake) or snake[:1].isdigit() else snake


@functools.cache
def _modules() -> dict[str, str]:
    """operation module name -> dotted module path, found without importing any operation."""
    found: dict[str, str] = {}
    for tag in pkgutil.iter_modules(h2ogpte_api.api.__path__):
        package = importlib.import_module(f"h2ogpte_api.api.{tag.name}")
        for module in pkgutil.iter_modules(package.__path__):
            found[module.name] = f"h2ogpte_api.api.{tag.name}.{module.name}"
    return found


def list_operations() -> list[OperationInfo]:
    """Every operation of the spec the generated client was built from, in the spec's order."""
    # The JSON copy generated beside openapi.yaml: a few milliseconds to parse, where the YAML takes 0.5 s.
    spec = json.loads(SPEC.read_bytes())
    found = []
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                op = item[method]
                tag = (op.get("tags") or ["default"])[0]
                found.append(OperationInfo(op["operationId"], tag, method.upper(), path, op.get("summary", "")))
    return found


def find(operation_id: str) -> Callable[..., Response[Any]]:
    """The `sync_detailed` function of an operation, or `UsageError` naming close matches."""
    modules = _modules()
    name = python_name(operation_id)
    if name not in modules:
        import difflib

        close = difflib.get_close_matches(name, modules, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise UsageError(f"no operation {operation_id!r}{hint} (`h2ogpte-ext api --list` lists them)")
    function: Callable[..., Response[Any]] = importlib.import_module(modules[name]).sync_detailed
    return function


def flag(name: str) -> str:
    """The command-line flag of a Python parameter name (`collection_id` -> `--collection-id`)."""
    return "--" + name.rstrip("_").replace("_", "-")


def parameters(function: Callable[..., Any]) -> dict[str, inspect.Parameter]:
    """The operation's own parameters (path, query, header, body), by Python name, with resolved types."""
    hints = typing.get_type_hints(function)
    return {
        name: param.replace(annotation=hints.get(name, param.annotation))
        for name, param in inspect.signature(function).parameters.items()
        if name != "client"
    }


def _kinds(annotation: Any) -> list[Any]:
    """The types a value may take, `Unset` and `None` left out, `str` last (it accepts anything)."""
    args = typing.get_args(annotation) if _is_union(annotation) else (annotation,)
    kinds = [a for a in args if a is not Unset and a is not type(None)]
    return sorted(kinds, key=lambda k: k is str)


def _is_union(annotation: Any) -> bool:
    return typing.get_origin(annotation) in (typing.Union, types.UnionType)


def _describe(annotation: Any) -> str:
    names = []
    for kind in _kinds(annotation):
        if typing.get_origin(kind) is typing.Literal:
            names.append("one of " + ", ".join(map(str, typing.get_args(kind))))
        elif typing.get_origin(kind) is list:
            names.append(f"a comma-separated list of {_describe(typing.get_args(kind)[0])}")
        else:
            names.append(getattr(kind, "__name__", str(kind)))
    return " or ".join(names)


def _convert_one(text: str, kind: Any) -> Any:
    origin = typing.get_origin(kind)
    if kind is bool:
        lowered = text.lower()
        if lowered in ("true", "1", "yes"):
            return True
        if lowered in ("false", "0", "no"):
            return False
        raise ValueError(text)
    if kind in (int, float, str):
        return kind(text)
    if origin is typing.Literal:
        for value in typing.get_args(kind):
            if str(value) == text:
                return value
        raise ValueError(text)
    if kind is datetime.datetime:
        return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if hasattr(kind, "from_dict"):
        return kind.from_dict(json.loads(text))
    if kind in (dict, Any) or origin is dict:
        return json.loads(text)
    raise ValueError(text)


def convert(name: str, values: list[str], annotation: Any) -> Any:
    """A parameter's value from the text given on the command line (lists: comma-separated or repeated)."""
    for kind in _kinds(annotation):
        try:
            if typing.get_origin(kind) is list:
                (item,) = typing.get_args(kind) or (str,)
                return [_convert_one(part, item) for value in values for part in value.split(",") if part]
            if len(values) > 1:
                continue
            return _convert_one(values[0], kind)
        except (ValueError, TypeError, KeyError):
            continue
    given = ", ".join(repr(v) for v in values)
    raise UsageError(f"{flag(name)}: expected {_describe(annotation)}, got {given}")


def _read(value: str) -> bytes:
    """`@path` is a file's content, `-` standard input, anything else the text itself."""
    if value == "-":
        import sys

        return sys.stdin.buffer.read()
    if value.startswith("@"):
        try:
            return Path(value[1:]).read_bytes()
        except OSError as exc:
            raise UsageError(f"cannot read {value[1:]}: {exc.strerror}") from exc
    return value.encode()


def body(annotation: Any, text: str | None, form: Mapping[str, str]) -> Any:
    """The request body: `--body` JSON (or text for a text/plain operation), or `--form` fields for multipart."""
    kinds = _kinds(annotation)
    multipart = [k for k in kinds if hasattr(k, "to_multipart")]
    if form:
        if not multipart:
            raise UsageError("this operation takes no form fields; use --body")
        model = multipart[0]
        files = {k: v for k, v in form.items() if v.startswith("@")}
        model_fields = {f.name for f in getattr(model, "__attrs_attrs__", ())}
        for key in files:
            if key not in model_fields:
                raise UsageError(f"--form {key}: not a file field of {model.__name__}")
        contents = {k: _read(v) for k, v in files.items()}
        try:
            instance = model.from_dict({**form, **contents})
        except KeyError as exc:
            raise UsageError(f"--form: missing field {exc} of {model.__name__}") from None
        for key, value in files.items():
            # from_dict wraps bytes in an unnamed File; the server keeps the name it is sent
            setattr(instance, key, File(payload=BytesIO(contents[key]), file_name=Path(value[1:]).name))
        return instance
    if text is None:
        return None
    raw = _read(text)
    if str in kinds and not any(hasattr(k, "from_dict") for k in kinds):
        return raw.decode()
    models = [k for k in kinds if hasattr(k, "from_dict") and not hasattr(k, "to_multipart")]
    if not models:
        raise UsageError("this operation takes form fields (multipart); use --form NAME=VALUE or NAME=@FILE")
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise UsageError(f"--body is not JSON: {exc}") from None
    if typing.get_origin(models[0]) is list or not isinstance(data, dict):
        raise UsageError(f"--body must be a JSON object for {models[0].__name__}")
    try:
        with strict_enums():  # an enum value the spec does not list is a mistake here, refused before sending
            return models[0].from_dict(data)
    except KeyError as exc:
        raise UsageError(f"--body does not fit {models[0].__name__}: missing property {exc}") from None
    except (TypeError, ValueError) as exc:
        raise UsageError(f"--body does not fit {models[0].__name__}: {exc}") from None


def _values(name: str, values: Sequence[str | None], annotation: Any) -> list[str]:
    """The texts given for a parameter; a flag without a value (None) means `true`, for a boolean only."""
    if None not in values:
        return [v for v in values if v is not None]
    if bool not in _kinds(annotation):
        raise UsageError(
            f"{flag(name)} needs a value ({_describe(annotation)}): {flag(name)} VALUE, or {flag(name)}=VALUE"
        )
    return ["true" if v is None else v for v in values]


def arguments(
    function: Callable[..., Any],
    given: Mapping[str, Sequence[str | None]],
    body_text: str | None,
    form: Mapping[str, str],
) -> dict[str, Any]:
    """Keyword arguments for `function` from `--name value` pairs (None: the flag alone, for a boolean),
    `--body` and `--form`."""
    params = parameters(function)
    by_flag = {flag(name): name for name in params if name != "body"}
    kwargs: dict[str, Any] = {}
    for option, values in given.items():
        name = by_flag.get(option) or by_flag.get(option.replace("_", "-"))
        if name is None:
            accepted = ", ".join(sorted(by_flag)) or "no parameters"
            raise UsageError(f"unknown option {option} for this operation; it takes {accepted}")
        annotation = params[name].annotation
        kwargs[name] = convert(name, _values(name, values, annotation), annotation)
    if "body" in params:
        value = body(params["body"].annotation, body_text, form)
        if value is not None:
            kwargs["body"] = value
    elif body_text is not None or form:
        raise UsageError("this operation takes no request body")
    missing = [_option(n, p) for n, p in params.items() if p.default is p.empty and n not in kwargs]
    if missing:
        raise UsageError(f"missing {', '.join(missing)}")
    return kwargs


def _option(name: str, param: inspect.Parameter) -> str:
    """How a parameter is given on the command line: its flag, `--body`, or `--form` for a multipart body."""
    if name != "body":
        return flag(name)
    multipart = any(hasattr(kind, "to_multipart") for kind in _kinds(param.annotation))
    return "--form NAME=VALUE|NAME=@FILE" if multipart else "--body"
