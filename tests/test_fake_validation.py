"""The fake's response check: its fast verdict on JSON bodies is openapi-core's verdict, for every JSON
response of the spec, on valid bodies (varied: nulls, absent properties, every enum value) and on broken
ones (a required property missing, a property or the whole body of the wrong type)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from starlette.requests import Request
from starlette.responses import Response

from h2ogpte_ext.testing import _validation
from h2ogpte_ext.testing._data import Variety, instance
from h2ogpte_ext.testing._spec import resolve

Case = tuple[str, str, str, dict[str, Any]]


def _json_responses() -> list[Case]:
    cases = []
    for path, item in _validation.spec_document()["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict):
                continue
            for status, answer in op["responses"].items():
                schema = answer.get("content", {}).get("application/json", {}).get("schema")
                if schema is not None and status != "default":
                    cases.append((method.upper(), path, status, schema))
    return cases


CASES = _json_responses()


def _wrong(value: Any) -> Any:
    return 12345 if isinstance(value, str) else "wrong"


def _bodies(schema: dict[str, Any]) -> Iterator[Any]:
    """Valid bodies for `schema` (tidy and varied), then each broken in the ways a handler's bug would."""
    valid = [instance(schema, Variety(seed)) for seed in (None, 1, 2, 3)]
    yield from valid
    body = valid[0]
    resolved = resolve(schema)
    yield None
    yield _wrong(body)
    if isinstance(body, dict):
        for key in list(resolved.get("required", []))[:3]:
            yield {k: v for k, v in body.items() if k != key}
        for key in list(body)[:3]:
            yield {**body, key: _wrong(body[key])}
    if isinstance(body, list):
        item = instance(resolved.get("items", {}))
        yield [_wrong(item)]
        yield [item, _wrong(item)]


def _request(method: str, path: str) -> Request:
    concrete = "/".join("x" if part.startswith("{") else part for part in path.split("/"))
    scope = {
        "type": "http",
        "method": method,
        "scheme": "http",
        "server": ("127.0.0.1", 80),
        "root_path": "",
        "path": _validation.API_PREFIX + concrete,
        "query_string": b"",
        "headers": [],
    }
    return Request(scope)


def _core_verdict(request: Request, response: Response, data: bytes, path: str) -> bool:
    from openapi_core.contrib.starlette.requests import StarletteOpenAPIRequest
    from openapi_core.contrib.starlette.responses import StarletteOpenAPIResponse
    from openapi_core.exceptions import OpenAPIError

    try:
        _validation.openapi(path).validate_response(
            StarletteOpenAPIRequest(request, None), StarletteOpenAPIResponse(response, data=data)
        )
    except OpenAPIError:
        return False
    return True


def test_every_json_response_of_the_spec_is_covered() -> None:
    assert len(CASES) >= 385  # each operation answers JSON on success, and most on errors too


@pytest.mark.parametrize("method,path,status,schema", CASES, ids=[f"{c[0]} {c[1]} {c[2]}" for c in CASES])
def test_fast_verdict_is_openapi_cores(method: str, path: str, status: str, schema: dict[str, Any]) -> None:
    request = _request(method, path)
    verdicts = []
    for body in _bodies(schema):
        data = json.dumps(body).encode()
        response = Response(data, status_code=int(status), media_type="application/json")
        fast = _validation._valid_json(method, path, response, data)
        core = _core_verdict(request, response, data, path)
        assert fast == core, f"{method} {path} -> {status}: fast {fast}, openapi-core {core} on {body!r:.300}"
        verdicts.append(core)
    assert verdicts[:4] == [True] * 4  # the valid bodies are judged valid, so the test is not vacuous


def test_a_body_outside_the_fast_path_is_left_to_openapi_core() -> None:
    method, path, status, schema = next(c for c in CASES if c[1] == "/models" and c[0] == "GET")
    data = json.dumps(instance(schema)).encode()
    # Not JSON by its content type, or no body at all: no fast verdict, so openapi-core judges it.
    for response, body in (
        (Response(data, status_code=int(status), media_type="text/plain"), data),
        (Response(b"", status_code=int(status), media_type="application/json"), b""),
        (Response(b"{", status_code=int(status), media_type="application/json"), b"{"),
    ):
        assert not _validation._valid_json(method, path, response, body)
        with pytest.raises(_validation.ResponseValidationError):
            _validation.check_response(_request(method, path), None, response, body, path)
    # A status the operation does not document, or a method the path does not take: no fast verdict either.
    ok = Response(data, status_code=299, media_type="application/json")
    assert not _validation._valid_json(method, path, ok, data)
    assert not _validation._valid_json("PATCH", path, Response(data, media_type="application/json"), data)
