"""For pipelines that track a server's spec: fetch it safely, and say what changed for a client.

Needs the `spec` extra (`pip install 'h2ogpte-ext[spec]'`): PyYAML and openapi-spec-validator.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
from attrs import asdict, define, field

from h2ogpte_ext._config import check_api_key
from h2ogpte_ext._errors import H2OGPTEError
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


@define(frozen=True, order=True)
class Change:
    where: str
    what: str
    breaking: bool


@define
class SpecDiff:
    """Operations added, removed and changed between two documents, each change marked breaking or not."""

    added: list[str] = field(factory=list)
    removed: list[str] = field(factory=list)
    changed: dict[str, list[Change]] = field(factory=dict)

    @property
    def breaking(self) -> int:
        return len(self.removed) + sum(c.breaking for changes in self.changed.values() for c in changes)

    def to_json(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "removed": self.removed,
            "changed": {op: [asdict(c) for c in changes] for op, changes in self.changed.items()},
            "breaking": self.breaking,
        }

    def report(self, show: Callable[[str], str] = str) -> str:
        """The changes as text, one per line; `show` turns each name taken from the documents (an operation,
        a place, a change) into what may be printed (the command line escapes what a terminal acts on)."""
        lines = [
            f"{len(self.added)} added, {len(self.removed)} removed, {len(self.changed)} changed; "
            f"{self.breaking} breaking for a client"
        ]
        for title, ops, mark in (("Removed", self.removed, " [BREAKING]"), ("Added", self.added, "")):
            if ops:
                lines.append(f"\n{title} operations:")
                lines += [f"  {show(op)}{mark}" for op in ops]
        if self.changed:
            lines.append("\nChanged operations:")
            for op, changes in self.changed.items():
                lines.append(f"  {show(op)}")
                lines += [f"    {'[BREAKING] ' if c.breaking else ''}{show(c.where)}: {show(c.what)}" for c in changes]
        return "\n".join(lines)


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                yield f"{method.upper()} {path}", item[method]


class _Comparer:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []

    def resolve(self, spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
        seen = 0
        while "$ref" in schema and seen < 50:
            node: Any = spec
            for part in schema["$ref"].lstrip("#/").split("/"):
                node = node.get(part, {})
            schema, seen = node, seen + 1
        return schema

    def add(self, where: str, what: str, breaking: bool) -> None:
        self.changes.append(Change(where, what, breaking))

    def schema(self, where: str, old: dict[str, Any], new: dict[str, Any], *, response: bool, depth: int = 0) -> None:
        """Compare two schemas as a client sees them: sent (request) or received (response)."""
        if depth > 12:
            return
        old, new = self.resolve(self.old, old), self.resolve(self.new, new)
        if old.get("type") != new.get("type") and old.get("type") and new.get("type"):
            self.add(where, f"type {old.get('type')} -> {new.get('type')}", True)
            return
        old_enum, new_enum = old.get("enum"), new.get("enum")
        if old_enum is not None and new_enum is not None:
            for value in sorted(set(map(str, old_enum)) - set(map(str, new_enum))):
                self.add(where, f"enum value {value!r} removed", not response)
            for value in sorted(set(map(str, new_enum)) - set(map(str, old_enum))):
                # A strict client rejects a value it does not know; a server accepting one more is fine.
                self.add(where, f"enum value {value!r} added", response)
        old_props, new_props = old.get("properties", {}), new.get("properties", {})
        old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
        for name in sorted(set(old_props) - set(new_props)):
            self.add(f"{where}.{name}", "property removed", True)
        for name in sorted(set(new_props) - set(old_props)):
            required = name in new_required
            self.add(
                f"{where}.{name}", f"{'required' if required else 'optional'} property added", required and not response
            )
        for name in sorted(set(old_props) & set(new_props)):
            if not response and name in new_required - old_required:
                self.add(f"{where}.{name}", "property now required", True)
            if response and name in old_required - new_required:
                self.add(f"{where}.{name}", "property no longer always present", True)
            self.schema(f"{where}.{name}", old_props[name], new_props[name], response=response, depth=depth + 1)
        if "items" in old and "items" in new:
            self.schema(f"{where}[]", old["items"], new["items"], response=response, depth=depth + 1)

    def operation(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        def params(op: dict[str, Any], spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
            found = [self.resolve(spec, p) for p in op.get("parameters", [])]
            return {(p["in"], p["name"]): p for p in found}

        old_params, new_params = params(old, self.old), params(new, self.new)
        for key in sorted(set(old_params) - set(new_params)):
            self.add(f"{key[0]} parameter {key[1]}", "removed", True)
        for key in sorted(set(new_params) - set(old_params)):
            required = bool(new_params[key].get("required"))
            self.add(f"{key[0]} parameter {key[1]}", f"added ({'required' if required else 'optional'})", required)
        for key in sorted(set(old_params) & set(new_params)):
            was, now = bool(old_params[key].get("required")), bool(new_params[key].get("required"))
            if now and not was:
                self.add(f"{key[0]} parameter {key[1]}", "now required", True)
            self.schema(
                f"{key[0]} parameter {key[1]}",
                old_params[key].get("schema", {}),
                new_params[key].get("schema", {}),
                response=False,
            )
        old_body, new_body = old.get("requestBody", {}), new.get("requestBody", {})
        if new_body.get("required") and not old_body.get("required"):
            self.add("request body", "now required", True)
        for media in sorted(set(old_body.get("content", {})) - set(new_body.get("content", {}))):
            self.add("request body", f"media type {media} removed", True)
        for media in sorted(set(old_body.get("content", {})) & set(new_body.get("content", {}))):
            self.schema(
                "request body",
                old_body["content"][media].get("schema", {}),
                new_body["content"][media].get("schema", {}),
                response=False,
            )
        old_resp, new_resp = old.get("responses", {}), new.get("responses", {})
        for status in sorted(set(old_resp) - set(new_resp)):
            self.add(f"response {status}", "removed", str(status).startswith("2"))
        for status in sorted(set(new_resp) - set(old_resp)):
            self.add(f"response {status}", "added", str(status).startswith("2"))
        for status in sorted(set(old_resp) & set(new_resp)):
            old_content, new_content = old_resp[status].get("content", {}), new_resp[status].get("content", {})
            for media in sorted(set(old_content) & set(new_content)):
                self.schema(
                    f"response {status}",
                    old_content[media].get("schema", {}),
                    new_content[media].get("schema", {}),
                    response=True,
                )


def diff(old: dict[str, Any], new: dict[str, Any]) -> SpecDiff:
    """What changed between two OpenAPI documents, for a client of the old one."""
    old_ops, new_ops = dict(_operations(old)), dict(_operations(new))
    result = SpecDiff(added=sorted(set(new_ops) - set(old_ops)), removed=sorted(set(old_ops) - set(new_ops)))
    for op in sorted(set(old_ops) & set(new_ops)):
        comparer = _Comparer(old, new)
        comparer.operation(old_ops[op], new_ops[op])
        if comparer.changes:
            result.changed[op] = sorted(set(comparer.changes), key=lambda c: (not c.breaking, c.where, c.what))
    return result
