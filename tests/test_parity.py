"""Every operation of api-spec.yaml is generated, and each of its four functions sends the right request."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import io
import typing
from types import ModuleType
from typing import Any

import httpx
from h2ogpte_api import AuthenticatedClient
from h2ogpte_api.types import File
from openapi_python_client.strings import PythonIdentifier

from tests.spec_tools import Operation, load_spec, minimal_instance, operations

BASE = "http://h2ogpte.invalid/api/v1"
FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def _ident(name: str) -> str:
    return str(PythonIdentifier(name, "field_"))


def _module(op: Operation) -> ModuleType:
    return importlib.import_module(f"h2ogpte_api.api.{_ident(op.tag)}.{_ident(op.operation_id)}")


def _value(annotation: Any, schema: dict[str, Any]) -> Any:
    """A value of the Python type `annotation` for a spec value described by `schema`."""
    if annotation is File:
        return File(payload=io.BytesIO(b"bytes"), file_name="f.bin")
    if hasattr(annotation, "from_dict"):
        return annotation.from_dict(minimal_instance(schema))
    return minimal_instance(schema)


def _success(op: Operation) -> tuple[int, dict[str, Any]]:
    """The documented success status, or the `default` response (answered as 200) when none is."""
    responses = op.op["responses"]
    code = next((c for c in responses if str(c).startswith("2")), "default")
    return (200 if code == "default" else int(code)), responses[code]


def _reply(op: Operation) -> httpx.Response:
    status, response = _success(op)
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


def _arguments(op: Operation, func: Any) -> tuple[dict[str, Any], str, dict[str, Any]]:
    """Keyword arguments for `func`, the URL path they must produce, and the required query."""
    spec_params = {_ident(p["name"]): p for p in op.op.get("parameters", [])}
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
            kwargs[name] = _value(annotation, content[media_type]["schema"])
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


def _check(op: Operation, requests: list[httpx.Request], expected_path: str, query: dict[str, Any]) -> str:
    if len(requests) != 1:
        return f"{len(requests)} requests sent"
    req = requests[0]
    if req.method != op.method.upper():
        return f"method {req.method}"
    if req.url.raw_path.split(b"?")[0].decode() != "/api/v1" + expected_path:
        return f"URL {req.url.raw_path.decode()!r}, expected {'/api/v1' + expected_path!r}"
    for name in query:
        if name not in req.url.params:
            return f"required query parameter {name!r} not sent"
    return ""


def test_every_operation_is_generated_with_the_right_method_and_url(figures: list[str]) -> None:
    spec = load_spec()
    sent: list[httpx.Request] = []
    replies: dict[str, httpx.Response] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return replies["next"]

    client = AuthenticatedClient(base_url=BASE, token="k", raise_on_unexpected_status=True)
    client.set_httpx_client(httpx.Client(base_url=BASE, transport=httpx.MockTransport(handler)))
    client.set_async_httpx_client(httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(handler)))

    problems: list[str] = []
    checked = 0
    ops = list(operations(spec))

    async def call_async(func: Any, kwargs: dict[str, Any]) -> Any:
        return await func(client=client, **kwargs)

    for op in ops:
        try:
            module = _module(op)
        except ImportError as exc:
            problems.append(f"{op}: not generated ({exc})")
            continue
        missing = [name for name in FUNCTIONS if not callable(getattr(module, name, None))]
        if missing:
            problems.append(f"{op}: missing {', '.join(missing)}")
            continue
        for name in FUNCTIONS:
            func = getattr(module, name)
            kwargs, path, query = _arguments(op, func)
            replies["next"] = _reply(op)
            sent.clear()
            try:
                if name.startswith("asyncio"):
                    result = asyncio.run(call_async(func, kwargs))
                else:
                    result = func(client=client, **kwargs)
            except Exception as exc:
                problems.append(f"{op}: {name} raised {type(exc).__name__}: {exc}")
                continue
            problem = _check(op, sent, path, query)
            if not problem and name.endswith("detailed") and result.status_code != _success(op)[0]:
                problem = f"status {result.status_code}"
            if problem:
                problems.append(f"{op}: {name}: {problem}")
        checked += 1

    figures.append(f"spec parity: {checked} of {len(ops)} operations generated and checked")
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)
    assert checked == len(ops) == sum(1 for _ in operations(spec)) > 0
