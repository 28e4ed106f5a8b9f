"""The fake h2oGPTe as an ASGI app: auth, spec validation, routing to the simulated operations."""

from __future__ import annotations

import json
import mimetypes
from collections.abc import Awaitable, Callable
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route

from h2ogpte_ext.testing import _chat, _documents  # noqa: F401 - importing registers their handlers
from h2ogpte_ext.testing import _validation as validation
from h2ogpte_ext.testing._faults import FaultsMiddleware
from h2ogpte_ext.testing._state import HANDLERS, Call, State, error
from h2ogpte_ext.testing._validation import API_PREFIX

# --- outside the spec -------------------------------------------------------------------------------


async def health(request: Request) -> Response:
    return PlainTextResponse("ok")


async def api_spec(request: Request) -> Response:
    """The server's own OpenAPI document, as h2oGPTe serves it at /api-spec.yaml."""
    return PlainTextResponse(validation.spec_text(), media_type="application/yaml")


async def download(request: Request) -> Response:
    state: State = request.app.state.fake
    if (denied := _unauthorized(request, state)) is not None:
        return denied
    doc_id, name = request.query_params.get("id"), request.query_params.get("name")
    if not doc_id or not name:
        return error(400, "query parameters 'id' and 'name' are required")
    path = state.document_files.get(doc_id)
    if path is None:
        return error(404, f"file {doc_id!r} not found")
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return FileResponse(path, media_type=media_type, filename=Path(name).name, content_disposition_type="attachment")


# --- plumbing ---------------------------------------------------------------------------------------


def _unauthorized(request: Request, state: State) -> Response | None:
    if request.headers.get("authorization") == f"Bearer {state.api_key}":
        return None
    return error(401, "a valid API key is required (Authorization: Bearer ...)")


def _not_found(response: Response, documented: frozenset[str]) -> Response:
    """A missing resource is 404 where the operation documents it, else the documented 400."""
    if response.status_code != 404 or "404" in documented:
        return response
    return error(400, json.loads(bytes(response.body))["message"])


def _endpoint(path: str) -> Callable[[Request], Awaitable[Response]]:
    """One route per path of the spec, dispatching on the method (so 405s carry a true Allow header)."""
    by_method = {method: op for (method, p), op in validation.operations().items() if p == path}

    async def endpoint(request: Request) -> Response:
        state: State = request.app.state.fake
        if (denied := _unauthorized(request, state)) is not None:
            return denied
        operation_id = by_method[request.method]
        handler = HANDLERS.get(operation_id)
        if handler is None:
            return error(501, f"operation {operation_id!r} is not simulated by the fake h2oGPTe server")
        streamed_upload = validation.accepts_multipart(request.method, path) and request.headers.get(
            "content-type", ""
        ).startswith("multipart/form-data")
        body = None if streamed_upload else await request.body()
        if not streamed_upload and (problem := validation.request_errors(request, body)):
            return error(400, problem)
        response = await handler(Call(request, state, body))
        response = _not_found(response, validation.documented_statuses(request.method, path))
        if not isinstance(response, StreamingResponse):
            try:
                validation.check_response(request, body, response, bytes(response.body))
            except validation.ResponseValidationError as exc:
                state.violations.append(str(exc))
                raise
        return response

    return endpoint


def simulated_operations() -> set[str]:
    return set(HANDLERS)


def create_app(api_key: str, workdir: Path) -> Starlette:
    """A fresh fake h2oGPTe with its own state (`app.state.fake`); file bytes go below `workdir`."""
    routes = [
        Route("/rpc/health/readiness", health, methods=["GET"]),
        Route("/rpc/health/liveness", health, methods=["GET"]),
        Route("/file", download, methods=["GET"]),
        Route("/api-spec.yaml", api_spec, methods=["GET"]),
    ]
    methods: dict[str, list[str]] = {}
    for method, path in validation.operations():
        methods.setdefault(path, []).append(method)
    routes += [Route(API_PREFIX + path, _endpoint(path), methods=methods[path]) for path in sorted(methods)]
    state = State(api_key=api_key, workdir=workdir)
    app = Starlette(routes=routes, middleware=[Middleware(FaultsMiddleware, faults=state.faults, seen=state.requests)])
    app.state.fake = state
    return app
