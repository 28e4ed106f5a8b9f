"""Checks requests and responses against the generated package's copy of api-spec.yaml (openapi-core)."""

from __future__ import annotations

import functools
import json
import re
import warnings
from importlib import resources
from typing import TYPE_CHECKING, Any, cast

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import Response

# openapi-core (with jsonschema-path, werkzeug and requests under it) is imported by the first validation,
# not with the fake: ~0.1 s off the time until the fake listens, paid by its first request instead
# (`nox -s bench` shows both). The functions below that use it import it themselves.
if TYPE_CHECKING:
    from openapi_core import OpenAPI
    from openapi_core.validation.schemas.validators import SchemaValidator
    from openapi_core.validation.validators import BaseValidator

API_PREFIX = "/api/v1"
# Deeper JSON than this is refused with a 400 before any parser recurses into it.
MAX_JSON_DEPTH = 64
# One token of a JSON text, as far as nesting goes: a whole string (skipped, brackets and all), a bracket,
# or a byte no JSON text has outside its strings (a lone `"` is an unterminated string): there the text
# stops being JSON.
_JSON_TOKEN = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]|[^ \t\n\r,:0-9+\-.eEtrufalsn]', re.DOTALL)
_OPENERS = {ord("["): ord("]"), ord("{"): ord("}")}
_QUOTE = ord('"')
# Half of a UTF-16 surrogate pair (U+D800 to U+DFFF), as a JSON escape (`\ud83d`, `\udc80`) or as the bytes
# json.loads lets through (it decodes with "surrogatepass"). Paired, an escape is one character; alone, none.
_SURROGATE_BYTES = re.compile(rb"\\u[dD][89a-fA-F]|\xed[\xa0-\xbf]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def is_json(content_type: str | None) -> bool:
    """Whether a body of this Content-Type is read as JSON (one without a Content-Type is, as handlers read it)."""
    return content_type is None or "json" in content_type.lower()


def _utf8(body: bytes) -> bytes:
    """A JSON text as UTF-8 bytes, read as json.loads reads bytes: UTF-16 and UTF-32 too, a BOM dropped."""
    encoding = json.detect_encoding(body)
    if encoding == "utf-8":
        return body
    try:
        return body.decode(encoding, "surrogatepass").encode("utf-8", "surrogatepass")
    except UnicodeError:  # not text in any encoding: not JSON
        return b""


def json_depth(body: bytes, limit: int = MAX_JSON_DEPTH) -> int:
    """How deeply arrays and objects nest in a JSON text, as far as a parser reads it, without parsing it:
    brackets inside strings do not count, and the count ends where the text stops being JSON (a byte no
    JSON text has outside a string, an unterminated string, a bracket closing what was not opened) or once
    past `limit` (the depth found then is `limit + 1`)."""
    body = _utf8(body)
    closers: list[int] = []
    deepest = 0
    for token in _JSON_TOKEN.finditer(body):
        first = body[token.start()]
        if first == _QUOTE and token.end() - token.start() > 1:
            continue  # a string
        if first in _OPENERS:
            closers.append(_OPENERS[first])
            if len(closers) > deepest:
                deepest = len(closers)
                if deepest > limit:
                    break
        elif closers and first == closers[-1]:
            closers.pop()
        else:  # not JSON from here on: its parser stops here too
            break
    return deepest


def too_deep(body: bytes) -> bool:
    """Whether a JSON text nests deeper than MAX_JSON_DEPTH (quick for one without that many brackets)."""
    text = _utf8(body)
    return text.count(b"[") + text.count(b"{") > MAX_JSON_DEPTH and json_depth(text) > MAX_JSON_DEPTH


def lone_surrogate(body: bytes) -> str | None:
    """Where a JSON text holds half of a UTF-16 surrogate pair alone (`"report\\udc80.pdf"`): a string no
    Unicode encoding can hold, so no answer could carry it. None when there is none (or the text is not
    JSON, which the request's validation reports); else a message naming the value and the surrogate.
    Call it on a text no deeper than MAX_JSON_DEPTH (`too_deep`)."""
    text = _utf8(body)
    if _SURROGATE_BYTES.search(text) is None:
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    found = _surrogate_in(data, "")
    if found is None:
        return None
    where, char = found
    return (
        f"request body: {where or '(body)'}: a lone surrogate, \\u{ord(char):04x} (half of a UTF-16 surrogate "
        "pair, not a character): send the character itself, or both halves of its pair"
    )


def _surrogate_in(value: Any, where: str) -> tuple[str, str] | None:
    """The path to the first string (or key) holding a lone surrogate, and that surrogate."""
    if isinstance(value, str):
        match = _SURROGATE.search(value)
        return (where, match.group()) if match is not None else None
    items: Any = ()
    if isinstance(value, dict):
        for key in value:
            if (match := _SURROGATE.search(key)) is not None:
                return (f"{where}/{key.encode('utf-8', 'backslashreplace').decode()}".lstrip("/"), match.group())
        items = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    for key, item in items:
        if (found := _surrogate_in(item, f"{where}/{key}".lstrip("/"))) is not None:
            return found
    return None


class ResponseValidationError(AssertionError):
    """The fake sent a response its own spec does not allow: a bug in the fake, never hidden."""


@functools.cache
def spec_text() -> str:
    """api-spec.yaml, as the generated package carries it."""
    return resources.files("h2ogpte_api").joinpath("openapi.yaml").read_text(encoding="utf-8")


def _spec_json() -> bytes:
    return resources.files("h2ogpte_api").joinpath("openapi.json").read_bytes()


@functools.cache
def spec_document() -> dict[str, Any]:
    """The same document, parsed from the JSON copy generated beside it (100 times faster than the YAML)."""
    document: dict[str, Any] = json.loads(_spec_json())
    return document


@functools.cache
def _validated_document() -> dict[str, Any]:
    """The spec as served here: the same document, with a server URL that matches any host, and null
    allowed in nullable enums (the spec says so in words, e.g. `Collection.vex_encryption`; the
    validator reads OpenAPI 3.0.3 as needing null among the enum values)."""
    # A copy of its own, parsed anew: ten times faster than deep-copying the parsed document.
    document: dict[str, Any] = _null_in_nullable_enums(json.loads(_spec_json()))
    document["servers"] = [{"url": API_PREFIX}]
    # An empty query value (`?name_filter=`) is a value: an empty string where a string is allowed, an
    # error where a number is needed (openapi-core would refuse every empty value).
    for item in document["paths"].values():
        for op in item.values():
            for parameter in op.get("parameters", []) if isinstance(op, dict) else []:
                if parameter.get("in") == "query":
                    parameter["allowEmptyValue"] = True
    return document


@functools.cache
def openapi(path: str | None = None, parameters_only: bool = False) -> OpenAPI:
    """The spec, or (much faster to match a request against) the spec with only one path template;
    `parameters_only` checks a request's parameters and not its body."""
    from jsonschema_path import SchemaPath
    from openapi_core import Config, OpenAPI
    from openapi_core.validation.request.validators import V30RequestParametersValidator

    document = _validated_document()
    if path is not None:
        document = {**document, "paths": {path: document["paths"][path]}}
    # The document is checked once, whole (`check_document`); checking it again for each path template
    # cost a quarter of a second on the first request to every operation.
    if parameters_only:
        config = Config(spec_validator_cls=None, request_validator_cls=V30RequestParametersValidator)
    else:
        config = Config(spec_validator_cls=None)
    return OpenAPI(SchemaPath.from_dict(document), config=config)


@functools.cache
def check_document() -> None:
    """Validate the spec as served here, whole, once (openapi-spec-validator); raises if it is invalid."""
    from jsonschema_path import SchemaPath
    from openapi_core import OpenAPI

    OpenAPI(SchemaPath.from_dict(_validated_document()))


async def form_errors(request: Request, path: str) -> str | None:
    """A multipart request checked against its form schema (fields present, files where files belong,
    values of their type) and its parameters; None when valid, else a message naming the problem."""
    if (problem := _validate(request, None, path, parameters_only=True)) is not None:
        return problem
    operation = spec_document()["paths"][path][request.method.lower()]
    schema = _resolve(operation["requestBody"]["content"]["multipart/form-data"]["schema"])
    try:
        form = await request.form()
    except Exception as exc:  # python-multipart's and Starlette's errors for a malformed body
        return f"request body: not a readable multipart form ({getattr(exc, 'detail', exc)})"
    properties = schema.get("properties", {})
    for name in schema.get("required", []):
        if name not in form:
            return f"request body: form field {name!r} is required"
    for name, prop in properties.items():
        values = form.getlist(name)
        if not values:
            continue
        if prop.get("type") != "array" and len(values) > 1:
            return f"request body: form field {name!r} given {len(values)} times"
        item = _resolve(prop.get("items", {})) if prop.get("type") == "array" else _resolve(prop)
        for value in values:
            if (problem := _form_value(name, item, value)) is not None:
                return f"request body: {problem}"
    return None


def _form_value(name: str, schema: dict[str, Any], value: Any) -> str | None:
    if schema.get("format") == "binary":
        return None if isinstance(value, UploadFile) else f"form field {name!r} must be a file"
    if isinstance(value, UploadFile):
        return f"form field {name!r} must be a value, not a file"
    kind = schema.get("type", "string")
    try:
        if kind == "integer":
            int(value)
        elif kind == "number":
            float(value)
    except ValueError:
        return f"form field {name!r} must be a {kind}"
    if kind == "boolean" and value not in ("true", "false"):
        return f"form field {name!r} must be true or false"
    if "enum" in schema and value not in [str(v) for v in schema["enum"]]:
        return f"form field {name!r} must be one of {schema['enum']}"
    return None


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec_document()["components"]["schemas"][str(schema["$ref"]).rsplit("/", 1)[-1]]
    return schema


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


@functools.cache
def unaccepted_form(method: str, path: str) -> str | None:
    """The 400 message for a multipart form sent to an operation whose body is of another type (JSON, text),
    found without reading the form; None for an operation that takes no body."""
    content = spec_document()["paths"][path][method.lower()].get("requestBody", {}).get("content", {})
    if not content:
        return None
    return (
        "Request body validation error: Content for the following mimetype not found: multipart/form-data. "
        f"Valid mimetypes: {sorted(content)}"
    )


# Verdicts on requests and responses already validated: the same bytes get the same verdict, and a test
# repeats requests (polling, pages) far more often than it varies them.
_VERDICTS: dict[tuple[Any, ...], str | None] = {}
_CACHED_BYTES = 1 << 16
_CACHED_VERDICTS = 20_000


def _remember(key: tuple[Any, ...] | None, verdict: str | None) -> str | None:
    if key is not None:
        if len(_VERDICTS) >= _CACHED_VERDICTS:
            _VERDICTS.clear()
        _VERDICTS[key] = verdict
    return verdict


def request_errors(request: Request, body: bytes | None, path: str | None = None) -> str | None:
    """None when the request is valid, else a message naming what is wrong (`path`: its template)."""
    key = None
    if body is None or len(body) <= _CACHED_BYTES:
        # What the request's URL is made of, read from the ASGI scope (building `request.url` cost more
        # than the rest of a cached verdict).
        scope = request.scope
        headers = tuple(h for h in scope["headers"] if h[0] != b"authorization")
        url = (scope.get("scheme"), scope.get("server"), scope.get("root_path"), scope["path"], scope["query_string"])
        key = ("request", path, request.method, url, headers, body)
        if key in _VERDICTS:
            return _VERDICTS[key]
    return _remember(key, _validate(request, body, path))


def _validate(request: Request, body: bytes | None, path: str | None, parameters_only: bool = False) -> str | None:
    from openapi_core.contrib.starlette.requests import StarletteOpenAPIRequest
    from openapi_core.exceptions import OpenAPIError

    try:
        with warnings.catch_warnings():
            # allowEmptyValue, which the document above sets, is deprecated in OpenAPI and warned about.
            warnings.simplefilter("ignore", DeprecationWarning)
            openapi(path, parameters_only).validate_request(StarletteOpenAPIRequest(request, body))
    except OpenAPIError as error:
        return _describe(error)
    except ValueError as exc:  # a body that is not even text (UnicodeDecodeError) or JSON
        return f"request body: {exc}"
    return None


def check_response(
    request: Request, body: bytes | None, response: Response, data: bytes, path: str | None = None
) -> None:
    """Raise ResponseValidationError when the spec does not allow the response."""
    key = None
    if len(data) <= _CACHED_BYTES:
        key = ("response", path, request.method, response.status_code, response.headers.get("content-type"), data)
        if key in _VERDICTS:
            return
    _check_response(request, body, response, data, path)
    _remember(key, None)


def _check_response(request: Request, body: bytes | None, response: Response, data: bytes, path: str | None) -> None:
    from openapi_core.contrib.starlette.requests import StarletteOpenAPIRequest
    from openapi_core.contrib.starlette.responses import StarletteOpenAPIResponse
    from openapi_core.exceptions import OpenAPIError
    from openapi_core.validation.response.exceptions import MissingData

    if path is not None and _valid_json(request.method, path, response, data):
        return
    # validate_*, not unmarshal_*: the fake needs a verdict, not objects, and it is many times faster.
    try:
        openapi(path).validate_response(
            StarletteOpenAPIRequest(request, body), StarletteOpenAPIResponse(response, data=data)
        )
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


def _valid_json(method: str, path: str, response: Response, data: bytes) -> bool:
    """True when `data` is a JSON body its response's schema allows, judged by the very validator
    openapi-core builds for that schema, built once here instead of on every call (with the search for
    the path, the response and the schema, two thirds of openapi-core's time on a small response). False
    is no verdict: openapi-core judges the response again, and its verdict and message stand."""
    if response.headers.get("content-type") != "application/json" or not data:
        return False
    validator = _json_validator(method, path, str(response.status_code))
    if validator is None:
        return False
    from openapi_core.validation.schemas.exceptions import ValidateError

    try:
        validator.validate(json.loads(data))
    except (ValueError, ValidateError):
        return False
    return True


@functools.cache
def _json_validator(method: str, path: str, status: str) -> SchemaValidator | None:
    """The JSON schema validator openapi-core checks an application/json response of the operation with,
    as its response validator builds it; None where the response has no such schema, or headers."""
    from openapi_core.templating.responses.exceptions import ResponseNotFound
    from openapi_core.templating.responses.finders import ResponseFinder

    checker = openapi(path)
    spec = checker.spec
    try:
        found = ResponseFinder(spec / "paths" / path / method.lower() / "responses").find(status)
    except (ResponseNotFound, KeyError):  # no such response, or no such operation
        return None
    if "headers" in found or "content" not in found or "application/json" not in found / "content":
        return None
    media_type = found / "content" / "application/json"
    if "schema" not in media_type:
        return None
    validator = cast("BaseValidator", checker.response_validator)
    return validator.schema_validators_factory.create(
        spec,
        media_type / "schema",
        format_validators=validator.format_validators,
        extra_format_validators=validator.extra_format_validators,
        forbid_unspecified_additional_properties=validator.forbid_unspecified_additional_properties,
        enforce_properties_required=validator.enforce_properties_required,
    )


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
