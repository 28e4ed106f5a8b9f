"""The fake h2oGPTe as an ASGI app: auth, spec validation, routing to the simulated operations."""

from __future__ import annotations

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
from h2ogpte_ext.testing._state import HANDLERS, Call, Handler, State, error
from h2ogpte_ext.testing._validation import API_PREFIX

# --- outside the spec -------------------------------------------------------------------------------


async def health(request: Request) -> Response:
    return PlainTextResponse("ok")


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
    return FileResponse(
        path, media_type=media_type, filename=Path(name).name, content_disposition_type="attachment"
    )


# --- plumbing ---------------------------------------------------------------------------------------


def _unauthorized(request: Request, state: State) -> Response | None:
    if request.headers.get("authorization") == f"Bearer {state.api_key}":
        return None
    return error(401, "a valid API key is required (Authorization: Bearer ...)")


def _endpoint(operation_id: str, handler: Handler | None) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        state: State = request.app.state.fake
        if (denied := _unauthorized(request, state)) is not None:
            return denied
        if handler is None:
            return error(501, f"operation {operation_id!r} is not simulated by the fake h2oGPTe server")
        streamed_upload = request.headers.get("content-type", "").startswith("multipart/")
        body = None if streamed_upload else await request.body()
        if not streamed_upload and (problem := validation.request_errors(request, body)):
            return error(400, problem)
        response = await handler(Call(request, state, body))
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
    ]
    for (method, path), operation_id in sorted(validation.operations().items()):
        routes.append(
            Route(API_PREFIX + path, _endpoint(operation_id, HANDLERS.get(operation_id)), methods=[method])
        )
    state = State(api_key=api_key, workdir=workdir)
    app = Starlette(routes=routes, middleware=[Middleware(FaultsMiddleware, faults=state.faults)])
    app.state.fake = state
    return app
