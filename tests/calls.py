"""Calls of the generated operations built from the spec: arguments for each function and resource method,
the URL path and query they must produce, and the documented success reply."""

from __future__ import annotations

import contextlib
import importlib
import inspect
import io
import re
import typing
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from h2ogpte_api.types import File

from tests.spec_tools import Operation, minimal_instance, resolve


def ident(name: str) -> str:
    """A spec name as the generator spells it in Python. The generator is a dev dependency only: without it
    (the end-to-end legs) the rule of `h2ogpte_ext._needs`, which tests/test_needs.py holds to the generator's."""
    try:
        from openapi_python_client.strings import PythonIdentifier
    except ImportError:
        from h2ogpte_ext._needs import _snake

        return _snake(name)
    return str(PythonIdentifier(name, "field_"))


@contextlib.contextmanager
def warns_if_deprecated(op: Operation) -> Iterator[None]:
    """Around one call of `op`: a deprecated operation's call must warn, a DeprecationWarning naming it (any
    other call is left alone: the suite runs with warnings as errors, so one that warns fails there)."""
    if not op.deprecated:
        yield
        return
    with pytest.warns(DeprecationWarning, match=f"^{re.escape(ident(op.operation_id))} .* is deprecated"):
        yield


def module_of(op: Operation) -> ModuleType:
    return importlib.import_module(f"h2ogpte_api.api.{ident(op.tag)}.{ident(op.operation_id)}")


def value_for(annotation: Any, schema: dict[str, Any]) -> Any:
    """A value of the Python type `annotation` for a spec value described by `schema`."""
    if annotation is File:
        return File(payload=io.BytesIO(b"bytes"), file_name="f.bin")
    if hasattr(annotation, "from_dict"):
        return annotation.from_dict(minimal_instance(schema))
    return minimal_instance(schema)


def success_of(op: Operation) -> tuple[int, dict[str, Any]]:
    """The documented success status, or the `default` response (answered as 200) when none is."""
    responses = op.op["responses"]
    code = next((c for c in responses if str(c).startswith("2")), "default")
    return (200 if code == "default" else int(code)), responses[code]


def reply_for(op: Operation) -> httpx.Response:
    status, response = success_of(op)
    content = response.get("content")
    if not content:
        return httpx.Response(status)
    media_type, media = next(iter(content.items()))
    value = minimal_instance(media["schema"])
    if isinstance(value, bytes):
        return httpx.Response(status, content=value, headers={"content-type": media_type})
    if media_type.startswith("text/"):
        return httpx.Response(status, text=str(value), headers={"content-type": media_type})
    return httpx.Response(status, json=value)


def arguments_for(op: Operation, func: Any) -> tuple[dict[str, Any], str, dict[str, Any]]:
    """Keyword arguments for `func`, the URL path they must produce, and the required query."""
    spec_params = {ident(p["name"]): p for p in op.op.get("parameters", [])}
    kwargs: dict[str, Any] = {}
    path = op.path
    query: dict[str, Any] = {}
    for name, param in inspect.signature(func).parameters.items():
        if name == "client" or param.default is not inspect.Parameter.empty:
            continue
        if name == "body":
            content = op.op["requestBody"]["content"]
            media_type = next(iter(content))
            # With several media types the body annotation is a union in the same order.
            annotation = (typing.get_args(param.annotation) or (param.annotation,))[0]
            kwargs[name] = value_for(annotation, content[media_type]["schema"])
            continue
        spec_param = spec_params[name]
        schema = spec_param["schema"]
        if spec_param["in"] == "path":
            if schema.get("type") == "array":
                items = [f"a {name}/1", f"b {name}"] if schema["items"]["type"] == "string" else [1, 2]
                kwargs[name] = items
                wire = ",".join(str(i).replace(" ", "%20").replace("/", "%2F") for i in items)
            else:
                kwargs[name] = f"v {name}/x"
                wire = f"v%20{name}%2Fx"
            path = path.replace("{" + spec_param["name"] + "}", wire)
        else:
            kwargs[name] = ["q"] if schema.get("type") == "array" else minimal_instance(schema)
            query[spec_param["name"]] = kwargs[name]
    return kwargs, path, query


def call_arguments(op: Operation, method: Any) -> tuple[list[Any], dict[str, Any], str, dict[str, Any], Any]:
    """Positional and keyword arguments for the resource method, the URL path and required query they must
    produce, and the JSON body expected on the wire (None when not JSON)."""
    module = module_of(op)
    kwargs, path, query = arguments_for(op, module.sync_detailed)
    path_names = [ident(p["name"]) for p in op.op.get("parameters", []) if p["in"] == "path"]
    ordered = [n for n in inspect.signature(module.sync_detailed).parameters if n in path_names]
    args = [kwargs.pop(name) for name in ordered]
    expected_json = None
    body = inspect.signature(method).parameters.get("body")
    if body is not None and body.default is inspect.Parameter.empty and "body" not in kwargs:
        # The generated function marks a body of several media types optional; the resource method does not.
        content = op.op["requestBody"]["content"]
        annotation = typing.get_args(inspect.signature(module.sync_detailed).parameters["body"].annotation)[0]
        kwargs["body"] = value_for(annotation, content[next(iter(content))]["schema"])
    own = set(inspect.signature(module.sync_detailed).parameters) | {"request_timeout", "max_retries"}
    if "body" in kwargs and set(inspect.signature(method).parameters) - own:
        # A flattened JSON object body: pass its required fields as keyword arguments.
        model = kwargs.pop("body")
        content = op.op["requestBody"]["content"]
        schema = resolve(content[next(iter(content))]["schema"])
        taken = {*kwargs, *path_names, "body", "request_timeout", "max_retries"}
        for name in schema.get("required", []):
            attr = ident(name)
            kwargs[f"body_{attr}" if attr in taken else attr] = getattr(model, attr)
        if next(iter(content)) == "application/json":
            expected_json = model.to_dict()
    return args, kwargs, path, query, expected_json


def path_names(op: Operation) -> list[str]:
    """The operation's path parameters as Python names, in the order of its generated function's signature."""
    names = {ident(p["name"]) for p in op.op.get("parameters", []) if p["in"] == "path"}
    return [n for n in inspect.signature(module_of(op).sync_detailed).parameters if n in names]
