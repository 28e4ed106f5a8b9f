"""Write api.md: every method of the resource layer, by tag, with its signature and HTTP route.

    python scripts/api_md.py PACKAGE_PARENT_DIR SPEC OUT

Run by scripts/generate.py on the freshly generated package (the import path is its parent folder).
"""

from __future__ import annotations

import importlib
import inspect
import sys
import typing
from pathlib import Path
from typing import Any

import yaml

COMMON = ("self", "request_timeout", "max_retries")


def _parameter(parameter: inspect.Parameter) -> str:
    text = parameter.name
    if parameter.annotation is not inspect.Parameter.empty:
        text += f": {parameter.annotation}"
    if parameter.default is not inspect.Parameter.empty:
        text += " = UNSET" if type(parameter.default).__name__ == "Unset" else f" = {parameter.default!r}"
    return text


def _overloads(function: Any) -> list[Any]:
    # typing.get_overloads is 3.11+, as the generator (and so this script) is; the package itself targets 3.10.
    get_overloads = getattr(typing, "get_overloads", None)
    if get_overloads is None:
        raise SystemExit("scripts/api_md.py needs Python 3.11 or newer (typing.get_overloads)")
    return list(get_overloads(function))


def signature(function: Any) -> str:
    """`(a: str, *, b: int | Unset = UNSET) -> T`, without self and the per-call options."""
    sig = inspect.signature(function)
    parts: list[str] = []
    star = False
    for parameter in sig.parameters.values():
        if parameter.name in COMMON:
            continue
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY and not star:
            parts.append("*")
            star = True
        parts.append(_parameter(parameter))
    return f"({', '.join(parts)}) -> {sig.return_annotation}"


def routes(spec: dict[str, Any]) -> dict[str, str]:
    """operationId -> "METHOD /path"."""
    return {
        op["operationId"]: f"{method.upper()} {path}"
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }


def render(package: str, spec: dict[str, Any]) -> str:
    api = importlib.import_module(f"{package}.api")
    route = routes(spec)
    tags = sorted(name for name, value in vars(api.Resources).items() if not name.startswith("_"))
    lines = [
        "# API reference",
        "",
        "Written by `nox -s generate` from `api-spec.yaml`; do not edit.",
        "",
        "Every operation of the spec is a method of `H2OGPTE`, named by its operationId and grouped by the",
        "spec's tag: `client.<tag>.<operation_id>(...)`; on `AsyncH2OGPTE` the same method is awaited. Each",
        "method also takes `request_timeout=` and `max_retries=` (the HTTP options of that call), returns the",
        "success type, and raises `APIStatusError` (and its subclasses) for an error status.",
        "`client.<tag>.with_raw_response.<operation_id>(...)` returns the whole `Response` (status_code,",
        "headers, parsed). A JSON object body is flattened into keyword arguments; `body=` (a model or a",
        "mapping) is the alternative. Types are in `h2ogpte_api.models`.",
        "",
    ]
    operations = 0
    for tag in tags:
        module = importlib.import_module(f"{package}.api.{tag}")
        resource = getattr(module, next(n for n in module.__all__ if not n.startswith("Async") and "Raw" not in n))
        lines += [f"## {tag}", "", "| method | route |", "| --- | --- |"]
        for name, function in vars(resource).items():
            if name.startswith("_") or not inspect.isfunction(function):
                continue
            overloads = _overloads(function)
            shown = overloads[0] if overloads else function
            where = route.get(name, "every item of the listing above, page by page")
            if name in route:
                operations += 1
            text = f"`client.{tag}.{name}{signature(shown)}`".replace("|", "\\|")
            lines.append(f"| {text} | `{where}` |" if name in route else f"| {text} | {where} |")
        lines.append("")
    lines.append(f"{operations} operations in {len(tags)} tags.")
    return "\n".join(lines) + "\n"


def main() -> None:
    parent, spec_path, out = sys.argv[1:4]
    sys.path.insert(0, parent)
    with Path(spec_path).open(encoding="utf-8") as f:
        spec = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader
    Path(out).write_text(render("h2ogpte_api", spec), encoding="utf-8")


if __name__ == "__main__":
    main()
