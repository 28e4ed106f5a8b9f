"""The fake h2oGPTe as an ASGI app: auth, spec validation, in-memory state, and the simulated routes."""

from __future__ import annotations

import json
import mimetypes
import shutil
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from attrs import define, field
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route

from h2ogpte_ext.testing import _validation as validation
from h2ogpte_ext.testing._validation import API_PREFIX

Handler = Callable[["Call"], Awaitable[Response]]
CHUNK = 1 << 20
MODELS = ("h2oai/h2o-danube3-4b-chat", "meta-llama/Llama-3.3-70B-Instruct")


def now() -> str:
    return datetime.now(UTC).isoformat()


def new_id() -> str:
    return str(uuid.uuid4())


def error(status: int, message: str) -> JSONResponse:
    """The spec's EndpointError body."""
    return JSONResponse({"code": status, "message": message}, status_code=status)


@define
class Upload:
    id: str
    filename: str
    path: Path
    size: int


@define
class Job:
    details: dict[str, Any]
    polls: int = 0
    upload_ids: list[str] = field(factory=list)
    collection_id: str = ""
    fail_reason: str | None = None


@define
class State:
    """Everything one fake server holds, in memory (file bytes in a private temporary folder)."""

    api_key: str
    workdir: Path
    collections: dict[str, dict[str, Any]] = field(factory=dict)
    documents: dict[str, dict[str, Any]] = field(factory=dict)
    document_files: dict[str, Path] = field(factory=dict)
    document_collection: dict[str, str] = field(factory=dict)
    uploads: dict[str, Upload] = field(factory=dict)
    jobs: dict[str, Job] = field(factory=dict)
    # Problems the fake found in its own responses; a test fixture fails on any.
    violations: list[str] = field(factory=list)
    # Ingest jobs created while this holds reasons fail with them, one each (fault injection).
    ingest_failures: list[str] = field(factory=list)


@define
class Call:
    """One validated request, as a handler sees it."""

    request: Request
    state: State
    body: bytes | None

    def path(self, name: str) -> str:
        return str(self.request.path_params[name])

    def query(self, name: str, default: str | None = None) -> str | None:
        return self.request.query_params.get(name, default)

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


# --- simulated operations -------------------------------------------------------------------------

HANDLERS: dict[str, Handler] = {}


def operation(operation_id: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        HANDLERS[operation_id] = handler
        return handler

    return register


def _page(items: list[Any], call: Call) -> list[Any]:
    offset = int(call.query("offset") or 0)
    limit = call.query("limit")
    return items[offset : offset + int(limit)] if limit is not None else items[offset:]


@operation("list_models")
async def list_models(call: Call) -> Response:
    return JSONResponse([{"id": name, "display_name": name.split("/")[-1]} for name in MODELS])


@operation("create_collection")
async def create_collection(call: Call) -> Response:
    body = call.json()
    stamp = now()
    collection = {
        "id": new_id(),
        "name": body["name"],
        "description": body["description"],
        "embedding_model": body.get("embedding_model", "BAAI/bge-large-en-v1.5"),
        "document_count": 0,
        "document_size": 0,
        "created_at": stamp,
        "updated_at": stamp,
        "user_count": 1,
        "is_public": False,
        "username": "fake-user",
        "sessions_count": 0,
        "status": "ok",
    }
    call.state.collections[collection["id"]] = collection
    return JSONResponse(collection, status_code=201)


@operation("list_collections")
async def list_collections(call: Call) -> Response:
    items = list(call.state.collections.values())
    column = call.query("sort_column") or "updated_at"
    if column in {"name", "updated_at", "created_at", "document_count", "document_size"}:
        items.sort(key=lambda c: c[column], reverse=call.query("ascending", "false") != "true")
    return JSONResponse(_page(items, call))


@operation("get_collection")
async def get_collection(call: Call) -> Response:
    collection = call.state.collections.get(call.path("collection_id"))
    return JSONResponse(collection) if collection else error(404, "collection not found")


@operation("delete_collection")
async def delete_collection(call: Call) -> Response:
    collection_id = call.path("collection_id")
    if call.state.collections.pop(collection_id, None) is None:
        return error(404, "collection not found")
    for doc_id, owner in list(call.state.document_collection.items()):
        if owner == collection_id:
            del call.state.document_collection[doc_id]
            call.state.documents.pop(doc_id, None)
    return Response(status_code=204)


@operation("list_documents_for_collection")
async def list_documents_for_collection(call: Call) -> Response:
    collection_id = call.path("collection_id")
    if collection_id not in call.state.collections:
        return error(404, "collection not found")
    docs = [d for i, d in call.state.documents.items() if call.state.document_collection[i] == collection_id]
    return JSONResponse(_page(docs, call))


@operation("upload_file")
async def upload_file(call: Call) -> Response:
    # Starlette spools each part to disk past 1 MiB; it is then copied chunk by chunk, never held whole.
    async with call.request.form(max_files=1) as form:
        part = form.get("file")
        if not isinstance(part, UploadFile) or not part.filename:
            return error(400, "multipart field 'file' (with a file name) is required")
        upload = Upload(new_id(), Path(part.filename).name, call.state.workdir / new_id(), 0)
        with upload.path.open("wb") as out:
            while chunk := await part.read(CHUNK):
                out.write(chunk)
                upload.size += len(chunk)
    call.state.uploads[upload.id] = upload
    return JSONResponse({"id": upload.id, "filename": upload.filename})


def _ingest_target(call: Call) -> tuple[list[Upload], str] | Response:
    collection_id = call.query("collection_id") or ""
    if collection_id not in call.state.collections:
        return error(404, f"collection {collection_id!r} not found")
    ids = call.path("upload_ids").split(",")
    missing = [i for i in ids if i not in call.state.uploads]
    if missing:
        return error(404, f"upload not found: {', '.join(missing)}")
    return [call.state.uploads[i] for i in ids], collection_id


def _add_documents(state: State, uploads: list[Upload], collection_id: str) -> None:
    collection = state.collections[collection_id]
    for upload in uploads:
        stamp = now()
        doc_id = new_id()
        path = state.workdir / f"doc-{doc_id}"
        shutil.move(upload.path, path)
        state.uploads.pop(upload.id, None)
        state.documents[doc_id] = {
            "id": doc_id,
            "name": upload.filename,
            "username": "fake-user",
            "type": Path(upload.filename).suffix.lstrip(".") or "txt",
            "size": upload.size,
            "page_count": 1,
            "status": "completed",
            "created_at": stamp,
            "updated_at": stamp,
        }
        state.document_files[doc_id] = path
        state.document_collection[doc_id] = collection_id
        collection["document_count"] += 1
        collection["document_size"] += upload.size
        collection["updated_at"] = stamp


@operation("ingest_upload")
async def ingest_upload(call: Call) -> Response:
    target = _ingest_target(call)
    if isinstance(target, Response):
        return target
    _add_documents(call.state, *target)
    return Response(status_code=204)


@operation("create_ingest_upload_job")
async def create_ingest_upload_job(call: Call) -> Response:
    target = _ingest_target(call)
    if isinstance(target, Response):
        return target
    uploads, collection_id = target
    stamp = now()
    job = Job(
        details={
            "id": new_id(),
            "name": f"Ingesting {len(uploads)} file(s)",
            "overall_status": "in progress",
            "status": "queued",
            "passed_percentage": 0.0,
            "failed_percentage": 0.0,
            "progress": 0.0,
            "created_at": stamp,
            "updated_at": stamp,
            "kind": "IngestUploadsJob",
            "statuses": [{"id": u.id, "status": "queued"} for u in uploads],
            "errors": [],
            "duration": "0s",
            "duration_seconds": 0.0,
            "files_total": len(uploads),
            "files_failed": 0,
        },
        upload_ids=[u.id for u in uploads],
        collection_id=collection_id,
        fail_reason=call.state.ingest_failures.pop(0) if call.state.ingest_failures else None,
    )
    call.state.jobs[job.details["id"]] = job
    return JSONResponse(job.details, status_code=201)


def _advance(state: State, job: Job) -> None:
    """Each poll moves a job one step: queued -> running (50 %) -> completed or failed."""
    details = job.details
    if details["overall_status"] != "in progress":
        return
    job.polls += 1
    details["updated_at"] = now()
    details["duration_seconds"] = float(job.polls)
    details["duration"] = f"{job.polls}s"
    if job.polls == 1:
        details.update(status="running", progress=0.5)
        for status in details["statuses"]:
            status["status"] = "running"
        return
    if job.fail_reason is not None:
        details.update(overall_status="failed", status="failed", progress=1.0, failed_percentage=1.0)
        details["errors"] = [job.fail_reason]
        details["files_failed"] = details["files_total"]
        for status in details["statuses"]:
            status["status"] = "failed"
        return
    uploads = [state.uploads[i] for i in job.upload_ids if i in state.uploads]
    _add_documents(state, uploads, job.collection_id)
    details.update(overall_status="completed", status="completed", progress=1.0, passed_percentage=1.0)
    for status in details["statuses"]:
        status["status"] = "completed"


@operation("get_job")
async def get_job(call: Call) -> Response:
    job = call.state.jobs.get(call.path("job_id"))
    if job is None:
        return error(404, "job not found")
    _advance(call.state, job)
    return JSONResponse(job.details)


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
    """A fresh fake h2oGPTe with its own state; file bytes go below `workdir`."""
    routes = [
        Route("/rpc/health/readiness", health, methods=["GET"]),
        Route("/rpc/health/liveness", health, methods=["GET"]),
        Route("/file", download, methods=["GET"]),
    ]
    for (method, path), operation_id in sorted(validation.operations().items()):
        routes.append(
            Route(API_PREFIX + path, _endpoint(operation_id, HANDLERS.get(operation_id)), methods=[method])
        )
    app = Starlette(routes=routes)
    app.state.fake = State(api_key=api_key, workdir=workdir)
    return app
