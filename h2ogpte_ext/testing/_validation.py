"""Checks requests and responses against the generated package's copy of api-spec.yaml (openapi-core)."""

from __future__ import annotations

import copy
import functools
from importlib import resources
from typing import Any

import yaml
from jsonschema_path import SchemaPath
from openapi_core import OpenAPI
from openapi_core.contrib.starlette.requests import StarletteOpenAPIRequest
from openapi_core.contrib.starlette.responses import StarletteOpenAPIResponse
from openapi_core.datatypes import RequestParameters
from openapi_core.exceptions import OpenAPIError
from openapi_core.validation.response.exceptions import MissingData
from starlette.datastructures import ImmutableMultiDict
from starlette.requests import Request
from starlette.responses import Response

API_PREFIX = "/api/v1"


class ResponseValidationError(AssertionError):
    """The fake sent a response its own spec does not allow: a bug in the fake, never hidden."""


@functools.cache
def spec_text() -> str:
    """api-spec.yaml, as the generated package carries it."""
    return resources.files("h2ogpte_api").joinpath("openapi.yaml").read_text(encoding="utf-8")


@functools.cache
def spec_document() -> dict[str, Any]:
    document: dict[str, Any] = yaml.load(spec_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    return document


@functools.cache
def openapi() -> OpenAPI:
    """The spec as served here: the same document, with a server URL that matches any host, and null
    allowed in nullable enums (the spec says so in words, e.g. `Collection.vex_encryption`; the
    validator reads OpenAPI 3.0.3 as needing null among the enum values)."""
    document = _null_in_nullable_enums(copy.deepcopy(spec_document()))
    document["servers"] = [{"url": API_PREFIX}]
    return OpenAPI(SchemaPath.from_dict(document))


def _null_in_nullable_enums(node: Any) -> Any:
    if isinstance(node, dict):
        if node.get("nullable") and isinstance(node.get("enum"), list) and None not in node["enum"]:
            node["enum"] = [*node["enum"], None]
        for value in node.values():
            _null_in_nullable_enums(value)
    elif isinstance(node, list):
        for value in node:
            _null_in_nullable_enums(value)
    return node


@functools.cache
def operations() -> dict[tuple[str, str], str]:
    """(METHOD, path template) -> operationId, for every operation of the spec."""
    return {
        (method.upper(), path): op["operationId"]
        for path, item in spec_document()["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }


@functools.cache
def accepts_multipart(method: str, path: str) -> bool:
    """Whether the operation's request body may be multipart/form-data (streamed, not validated whole)."""
    body = spec_document()["paths"][path][method.lower()].get("requestBody", {})
    return "multipart/form-data" in body.get("content", {})


@functools.cache
def documented_statuses(method: str, path: str) -> frozenset[str]:
    """The status codes (as the spec writes them: "200", "404", "default") of one operation."""
    return frozenset(spec_document()["paths"][path][method.lower()]["responses"])


class _Request(StarletteOpenAPIRequest):
    """An empty query value (`?name_filter=`) counts as absent, as servers commonly treat it."""

    def __init__(self, request: Request, body: bytes | None) -> None:
        super().__init__(request, body)
        query = ImmutableMultiDict([(k, v) for k, v in request.query_params.multi_items() if v != ""])
        self.parameters = RequestParameters(
            query=query, header=request.headers, cookie=request.cookies, path=request.path_params
        )


def request_errors(request: Request, body: bytes | None) -> str | None:
    """None when the request is valid, else a message naming what is wrong."""
    try:
        openapi().validate_request(_Request(request, body))
    except OpenAPIError as error:
        return _describe(error)
    except ValueError as exc:  # a body that is not even text (UnicodeDecodeError) or JSON
        return f"request body: {exc}"
    return None


def check_response(request: Request, body: bytes | None, response: Response, data: bytes) -> None:
    # validate_*, not unmarshal_*: the fake needs a verdict, not objects, and it is many times faster.
    try:
        openapi().validate_response(_Request(request, body), StarletteOpenAPIResponse(response, data=data))
    except MissingData:
        # HTTP forbids content in a 204 (RFC 9110, 15.3.5); the spec gives one to a few operations anyway
        # (e.g. delete_chat_session). The server sends none, and so does the fake.
        if response.status_code != 204:
            raise ResponseValidationError(
                f"{request.method} {request.url.path} -> {response.status_code}: no body"
            ) from None
    except OpenAPIError as error:
        raise ResponseValidationError(
            f"{request.method} {request.url.path} -> {response.status_code}: {_describe(error)}"
        ) from error


def _text(error: BaseException) -> str:
    try:
        return str(error)
    except ValueError:  # openapi-core's deserialisation errors decode the raw body in __str__
        return f"{type(error).__name__} (the body is not valid UTF-8)"


def _describe(error: BaseException) -> str:
    parts = [_text(error)]
    cause = error.__cause__
    while cause is not None:
        details = getattr(cause, "schema_errors", None)
        if details:
            parts.extend(f"{'/'.join(map(str, e.absolute_path)) or '(body)'}: {e.message}" for e in details)
        else:
            parts.append(_text(cause))
        cause = cause.__cause__
    return ": ".join(parts)
