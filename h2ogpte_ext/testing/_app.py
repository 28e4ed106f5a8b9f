"""The fake h2oGPTe as an ASGI app: auth, limits, spec validation, routing to handlers or the generic store."""

from __future__ import annotations

import functools
import json
import mimetypes
import re
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from urllib.parse import unquote

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import BaseRoute, Match, Route, Router, WebSocketRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from h2ogpte_ext.testing import _generic, handlers  # noqa: F401 - importing the handlers registers them
from h2ogpte_ext.testing import _openai as openai_api
from h2ogpte_ext.testing import _rpc as rpc
from h2ogpte_ext.testing import _validation as validation
from h2ogpte_ext.testing._data import Variety
from h2ogpte_ext.testing._faults import DroppedConnection, FaultsMiddleware
from h2ogpte_ext.testing._spec import operations
from h2ogpte_ext.testing._state import DEFAULTS, HANDLERS, Call, FakeError, State, error, unauthorized
from h2ogpte_ext.testing._validation import API_PREFIX, MAX_JSON_DEPTH, is_json, lone_surrogate, too_deep
from h2ogpte_ext.testing._websocket import chat_socket

STREAMED = frozenset({"upload_file"})

# --- outside the spec -------------------------------------------------------------------------------


async def health(request: Request) -> Response:
    return PlainTextResponse("ok")


async def api_spec(request: Request) -> Response:
    """The server's own OpenAPI document, as h2oGPTe serves it at /api-spec.yaml."""
    return PlainTextResponse(validation.spec_text(), media_type="application/yaml")


async def download(request: Request) -> Response:
    state: State = request.app.state.fake
    if (denied := unauthorized(request, state)) is not None:
        return denied
    doc_id, name = request.query_params.get("id"), request.query_params.get("name")
    if not doc_id or not name:
        return error(400, "query parameters 'id' and 'name' are required")
    blob = state.document_files.get(doc_id)
    if blob is None:
        return error(404, f"file {doc_id!r} not found")
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return FileResponse(
        blob.path(), media_type=media_type, filename=Path(name).name, content_disposition_type="attachment"
    )


# --- plumbing ---------------------------------------------------------------------------------------


def _missing(status: int, message: str, method: str, documented: frozenset[str], strict: bool) -> FakeError:
    """A missing resource: 404, except where the operation documents 400 and not 404 (the documented 400),
    unless it is a DELETE (404, as the vendor's guide states) and not `strict`, which keeps to the spec. An
    operation that documents neither (an older release's spec lists fewer statuses) answers the server's 404."""
    if status != 404 or "404" in documented or "400" not in documented or (method == "DELETE" and not strict):
        return FakeError(status, message)
    return FakeError(400, message)


def _guide_compatible(operation_id: str, body: bytes | None) -> bytes | None:
    """The vendor's guide sends `"include_chat_history": "off"`, outside the spec's enum; the server takes it
    as "false"."""
    if operation_id != "get_completion" or not body or b'"off"' not in body:
        return body
    try:
        data = json.loads(body)
    except ValueError:
        return body
    if isinstance(data, dict) and data.get("include_chat_history") == "off":
        data["include_chat_history"] = "false"
        return json.dumps(data).encode()
    return body


@functools.cache
def _shape(path: str) -> list[str]:
    return re.sub(r"\{\w+\}", "{}", path).split("/")


def _literal_twins(path: str, methods: dict[str, list[str]]) -> list[tuple[list[str], str]]:
    """Paths with a literal segment where `path` has a parameter (`/prompt_templates/all` for
    `/prompt_templates/{prompt_template_id}`), with their Allow header: a URL they match is theirs."""
    mine = _shape(path)
    twins = []
    for other, allowed in methods.items():
        theirs = _shape(other)
        if other == path or len(theirs) != len(mine):
            continue
        if all(a in (b, "{}") for a, b in zip(mine, theirs, strict=True)) and any(
            a == "{}" and b != "{}" for a, b in zip(mine, theirs, strict=True)
        ):
            twins.append((theirs, ", ".join(sorted({*allowed, *(["HEAD"] if "GET" in allowed else [])}))))
    return twins


@functools.cache
def _paths() -> dict[str, dict[str, str]]:
    """Path template -> {METHOD: operationId}, for every path of the spec."""
    paths: dict[str, dict[str, str]] = {}
    for (method, path), operation_id in validation.operations().items():
        paths.setdefault(path, {})[method] = operation_id
    return paths


@functools.cache
def _all_twins() -> dict[str, list[tuple[list[str], str]]]:
    """`_literal_twins` of every path, found once for the process. A twin has as many segments, and the same
    first one where that is literal: only such paths are compared."""
    length: dict[int, dict[str, list[str]]] = {}
    first: dict[tuple[int, str], dict[str, list[str]]] = {}
    for path, by_method in _paths().items():
        shape = _shape(path)
        length.setdefault(len(shape), {})[path] = list(by_method)
        first.setdefault((len(shape), shape[1]), {})[path] = list(by_method)
    twins = {}
    for path in _paths():
        shape = _shape(path)
        alike = length[len(shape)] if shape[1] == "{}" else first[len(shape), shape[1]]
        twins[path] = _literal_twins(path, alike) if "{}" in shape else []
    return twins


def _endpoint(path: str) -> Callable[[Request], Awaitable[Response]]:
    """One route per path of the spec, dispatching on the method (so 405s carry a true Allow header)."""
    by_method = _paths()[path]
    documented = {method: validation.documented_statuses(method, path) for method in by_method}
    twins = _all_twins()[path]

    async def endpoint(request: Request) -> Response:
        try:
            return await answer(request)
        finally:
            # A form read here (to validate it, or by the handler) is closed with the request: its file parts
            # are spooled temporary files, left to the garbage collector (a ResourceWarning) otherwise.
            await request.close()

    async def answer(request: Request) -> Response:
        state: State = request.app.state.fake
        if twins:
            segments = request.scope["path"].removeprefix(API_PREFIX).split("/")
            for shape, allow in twins:
                if len(shape) == len(segments) and all(t in ("{}", s) for t, s in zip(shape, segments, strict=True)):
                    return Response(status_code=405, headers={"Allow": allow})
        if (denied := unauthorized(request, state)) is not None:
            return denied
        operation_id = by_method[request.method]
        # A form is never read whole into memory: where the operation takes one, it is parsed as it streams
        # in (its files spooled to disk past a MiB), and uploads (they may be GiBs) stream to disk,
        # unvalidated; elsewhere it is refused by its Content-Type alone, unread.
        multipart = _is_form(request)
        form = multipart and validation.accepts_multipart(request.method, path)
        streamed_upload = form and operation_id in STREAMED
        try:
            body = None if multipart else await request.body()
        except ClientDisconnect:  # gone before its body arrived (a fault's latency outlived the client)
            return Response(status_code=499)
        if body and is_json(request.headers.get("content-type")) and (problem := _json_problem(body)):
            return error(400, problem)
        if not state.strict:
            body = _guide_compatible(operation_id, body)
        if streamed_upload:
            problem = None
        elif form:
            problem = await validation.form_errors(request, path)
        elif multipart:  # where the operation takes another body, or none (then the form is ignored)
            problem = validation.unaccepted_form(request.method, path) or validation.request_errors(request, None, path)
        else:
            problem = validation.request_errors(request, body, path)
        if problem is not None:
            return error(400, problem)
        call = Call(request, state, body, operation_id)
        try:
            handler = HANDLERS.get(operation_id)
            if handler is not None:
                response = await handler(call)
            else:
                response = await _generic.answer(operations()[operation_id], call)
        except FakeError as exc:
            exc = _missing(exc.status, exc.message, request.method, documented[request.method], state.strict)
            response = error(exc.status, exc.message)
        except ClientDisconnect:  # the client went away mid-request (a Ctrl-C, a timeout): nobody to answer
            return Response(status_code=499)
        except Exception as exc:  # a bug in the fake: answered 500, and the fixture fails on it
            state.violations.append(f"{request.method} {request.url.path}: the fake raised {exc!r}")
            return error(500, f"the fake h2oGPTe failed: {type(exc).__name__}")
        if not isinstance(response, StreamingResponse):
            _check(request, body, response, path, documented[request.method], state)
        return response

    return endpoint


def _is_form(request: Request) -> bool:
    return request.headers.get("content-type", "").lower().startswith("multipart/form-data")


def _json_problem(body: bytes) -> str | None:
    """What makes a JSON body unfit to parse or to keep, before anything parses it: nesting deeper than a
    parser should recurse, or a string no answer could encode (a lone surrogate, from a `\\udc80` escape)."""
    if too_deep(body):
        return f"request body: JSON nested deeper than {MAX_JSON_DEPTH} levels"
    return lone_surrogate(body)


def _check(
    request: Request, body: bytes | None, response: Response, path: str, documented: frozenset[str], state: State
) -> None:
    data = bytes(response.body)
    status = str(response.status_code)
    if response.status_code >= 400 and status not in documented and "default" not in documented:
        # An error the spec does not list for this operation (see the README's deviations): still the
        # spec's EndpointError.
        try:
            payload = json.loads(data)
        except ValueError:
            payload = None
        if (
            isinstance(payload, dict)
            and isinstance(payload.get("code"), int)
            and isinstance(payload.get("message"), str)
        ):
            return
        problem = f"{request.method} {request.url.path} -> {status}: not an EndpointError body"
        state.violations.append(problem)
        raise validation.ResponseValidationError(problem)
    try:
        validation.check_response(request, body, response, data, path)
    except validation.ResponseValidationError as exc:
        state.violations.append(str(exc))
        raise


def simulated_operations() -> set[str]:
    """Every operation of the spec: those with a handler of their own, and the rest through `_generic`."""
    return set(operations())


def handled_operations() -> set[str]:
    """The spec's operations with a handler of their own (`h2ogpte_ext.testing.handlers`); a handler of an
    operation that the spec generated from lacks (an older release's) is never routed."""
    return set(HANDLERS) & set(operations())


class _Router(Router):
    """Starlette's router, finding a literal path (`/api/v1/models`) by one dict lookup before its scan of
    ~300 regular expressions, which took a quarter of a simple request's time. Only where that scan finds
    the same route: a path no earlier route matches, and a method the route takes (else the scan, as
    before, e.g. for a 405)."""

    def __init__(self, routes: Sequence[BaseRoute]) -> None:
        super().__init__(routes)
        self._literal: dict[str, Route] = {}
        taken: set[str] = set()  # literal paths an earlier route has
        patterns: list[re.Pattern[str]] = []  # earlier routes with parameters
        for route in routes:
            if isinstance(route, WebSocketRoute):
                continue  # it matches websocket connections only, never an HTTP request's path
            if not isinstance(route, Route):
                break  # a Mount or Host matches by rules of its own: the scan alone decides past it
            if route.param_convertors:
                patterns.append(route.path_regex)
            elif route.path not in taken:
                taken.add(route.path)
                if not any(pattern.match(route.path) for pattern in patterns):
                    self._literal[route.path] = route

    async def app(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw = scope.get("raw_path") or b""
        if b"%2" in raw and re.search(rb"%2[fF]", raw):
            # An encoded slash is data (RFC 3986): a model name `meta-llama/Llama-3.3-70B-Instruct` in a path is one
            # parameter. The path is matched with it still encoded, and `Call.path` decodes it.
            scope["path"] = _path_keeping_encoded_slashes(raw)
        route = self._literal.get(scope["path"]) if scope["type"] == "http" else None
        if route is not None:
            match, child_scope = route.matches(scope)
            if match is Match.FULL:
                scope.setdefault("router", self)
                scope["route"] = route
                scope.update(child_scope)
                await route.handle(scope, receive, send)
                return
        await super().app(scope, receive, send)


def _path_keeping_encoded_slashes(raw: bytes) -> str:
    return "/".join(unquote(re.sub("%2[fF]", "%252F", part)) for part in raw.decode("latin-1").split("/"))


class Crashes:
    """Records an exception that escapes a route (a bug in the fake) in `state.violations`, so that the
    fixture fails on it; Starlette then answers 500. A response outside the spec is recorded where found."""

    def __init__(self, app: ASGIApp, state: State) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await self.app(scope, receive, send)
        except (validation.ResponseValidationError, DroppedConnection):  # recorded where found; a fault's doing
            raise
        except Exception as exc:
            self.state.violations.append(f"{scope.get('method')} {scope.get('path')}: the fake raised {exc!r}")
            raise


class BodyLimit:
    """Answers 413 to a request body over the state's limit for its Content-Type (`State.body_limit`), by
    its Content-Length before reading any of it, or by counting its bytes as they stream in (chunked): a
    body over the limit is never held."""

    def __init__(self, app: ASGIApp, state: State) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        content_type = headers.get(b"content-type")
        limit = self.state.body_limit(content_type.decode("latin-1") if content_type is not None else None)
        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > limit:
            await _too_large(limit)(scope, receive, send)
            return
        if b"transfer-encoding" not in headers:
            # No body, or Content-Length bytes of one (no more reach the app): nothing to count.
            await self.app(scope, receive, send)
            return
        received = 0
        started = False

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > limit:
                raise _TooLarge
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except _TooLarge:
            if not started:
                await _too_large(limit)(scope, receive, send)


class _TooLarge(Exception):
    pass


def _too_large(limit: int) -> JSONResponse:
    return error(413, f"request body larger than the server's limit of {limit} bytes")


def create_app(
    api_key: str,
    workdir: Path,
    *,
    variety: int | None = DEFAULTS.variety,
    strict: bool = DEFAULTS.strict,
    max_body_bytes: int = DEFAULTS.max_body_bytes,
    max_json_body_bytes: int = DEFAULTS.max_json_body_bytes,
    max_logged_requests: int = DEFAULTS.max_logged_requests,
) -> Starlette:
    """A fresh fake h2oGPTe with its own state (`app.state.fake`); file bytes go below `workdir`. The
    settings are `Settings`'; `state.reset()` comes back to the ones given here."""
    routes = [
        Route("/rpc/health/readiness", health, methods=["GET"]),
        Route("/rpc/health/liveness", health, methods=["GET"]),
        Route("/file", download, methods=["GET"]),
        *rpc.routes(),
        WebSocketRoute("/ws", chat_socket),
        Route("/api-spec.yaml", api_spec, methods=["GET"]),
        *openai_api.routes(),
    ]
    paths = _paths()
    routes += [Route(API_PREFIX + path, _endpoint(path), methods=list(paths[path])) for path in sorted(paths)]
    state = State(
        api_key=api_key,
        workdir=workdir,
        variety=Variety(variety),
        strict=strict,
        max_body_bytes=max_body_bytes,
        max_json_body_bytes=max_json_body_bytes,
        max_logged_requests=max_logged_requests,
    )
    app = Starlette(
        middleware=[
            Middleware(Crashes, state=state),
            Middleware(FaultsMiddleware, faults=state.faults, seen=state.requests),
            Middleware(BodyLimit, state=state),
        ],
    )
    app.router = _Router(routes)
    app.state.fake = state
    return app
