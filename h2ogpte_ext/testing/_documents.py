"""Simulated models, collections, uploads, ingestion (synchronous and jobs) and documents."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.responses import JSONResponse, Response

from h2ogpte_ext.testing._state import CHUNK, Call, Job, State, Upload, error, new_id, now, operation, page

MODELS = ("h2oai/h2o-danube3-4b-chat", "meta-llama/Llama-3.3-70B-Instruct")


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
    return JSONResponse(page(items, call))


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
    return JSONResponse(page(docs, call))


@operation("upload_file")
async def upload_file(call: Call) -> Response:
    # Starlette spools each part to disk past 1 MiB; it is then copied chunk by chunk, never held whole.
    try:
        form = await call.request.form(max_files=1)
    except (HTTPException, MultiPartException, ValueError) as exc:
        return error(400, f"malformed multipart body: {getattr(exc, 'detail', exc)}")
    try:
        part = form.get("file")
        if not isinstance(part, UploadFile) or not part.filename:
            return error(400, "multipart field 'file' (with a file name) is required")
        upload = Upload(new_id(), Path(part.filename).name, call.state.workdir / new_id(), 0)
        with upload.path.open("wb") as out:
            while chunk := await part.read(CHUNK):
                out.write(chunk)
                upload.size += len(chunk)
    finally:
        await form.close()
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
    # Ingestion takes `state.ingest_seconds`; a shorter `timeout` gives up (the documented 400).
    timeout = float(call.query("timeout") or "inf")
    await asyncio.sleep(min(call.state.ingest_seconds, timeout))
    if timeout < call.state.ingest_seconds:
        return error(400, f"ingestion did not finish within timeout={timeout:g}s")
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
