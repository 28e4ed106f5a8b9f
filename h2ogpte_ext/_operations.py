"""Any operation of the spec by its operation id, with its arguments given as text: `h2ogpte-ext api`.

Built on the generated layer alone: the module `h2ogpte_api.api.<tag>.<operation_id>`, the parameters of its
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
import pkgutil
import re
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from io import BytesIO
from pathlib import Path
from typing import Any

import h2ogpte_api.api
from attrs import define
from h2ogpte_api.types import File, Response, Unset, strict_enums

from h2ogpte_ext._errors import UsageError

SPEC = Path(h2ogpte_api.api.__file__).parent.parent / "openapi.json"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


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
