"""Tag "Document Ingestion": uploads (kept in memory when small, else streamed to disk), ingestion of
uploads, and ingestion from a website, plain text, cloud storage or a file system, each synchronous (204) or
as a job that adds the documents when it completes."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.responses import JSONResponse, Response

from h2ogpte_ext.testing import _jobs
from h2ogpte_ext.testing._relations import link
from h2ogpte_ext.testing._state import (
    CHUNK,
    IN_MEMORY,
    USERNAME,
    Blob,
    Call,
    FakeError,
    State,
    Upload,
    new_id,
    now,
    operation,
)

# A document the ingestion of a source adds: its name and content.
Source = list[tuple[str, bytes]]


@operation("upload_file")
async def upload_file(call: Call) -> Response:
    upload = await receive_upload(call)
    return JSONResponse({"id": upload.id, "filename": upload.filename})


async def receive_upload(call: Call) -> Upload:
    """The form's `file`, kept as an upload waiting to be ingested (also the vendor's `PUT /rpc/fs`)."""
    # Starlette spools each part to disk past 1 MiB; a big one is then copied chunk by chunk, never held whole.
    try:
        form = await call.request.form(max_files=1)
    except (HTTPException, MultiPartException, ValueError) as exc:
        raise FakeError(400, f"malformed multipart body: {getattr(exc, 'detail', exc)}") from None
    try:
        part = form.get("file")
        if not isinstance(part, UploadFile) or not part.filename:
            raise FakeError(400, "multipart field 'file' (with a file name) is required")
        blob = await _received(part, call.state.workdir / new_id())
        mtime, uri = (form.get(k) for k in ("mtime", "uri"))
        upload = Upload(
            new_id(),
            Path(part.filename).name,
            blob,
            mtime if isinstance(mtime, str) else "",
            uri if isinstance(uri, str) else "",
        )
    finally:
        await form.close()
    call.state.uploads[upload.id] = upload
    return upload


async def _received(part: UploadFile, file: Path) -> Blob:
    """The part's bytes: kept in memory when small, else copied to `file` chunk by chunk."""
    head = await part.read(IN_MEMORY + 1)
    if len(head) <= IN_MEMORY:
        return Blob(file, len(head), head)
    blob = Blob(file, len(head))
    with file.open("wb") as out:
        out.write(head)
        while chunk := await part.read(CHUNK):
            out.write(chunk)
            blob.size += len(chunk)
    return blob


def target_collection(call: Call) -> str:
    collection_id = call.query("collection_id") or ""
    if collection_id not in call.state.collections:
        raise FakeError(404, f"collection {collection_id!r} not found")
    return collection_id


def _uploads(call: Call) -> list[Upload]:
    ids = call.path("upload_ids").split(",")
    missing = [i for i in ids if i not in call.state.uploads]
    if missing:
        raise FakeError(404, f"upload not found: {', '.join(missing)}")
    return [call.state.uploads[i] for i in ids]


def metadata_of(call: Call) -> dict[str, Any] | None:
    """The metadata an ingest request gives its documents: the JSON body's `metadata` object, or the
    `metadata` query parameter (JSON text, for plain text); None when there is none."""
    body = call.json()
    found: Any = body.get("metadata") if isinstance(body, dict) else None
    text = call.query("metadata")
    if found is None and text:
        try:
            found = json.loads(text)
        except ValueError:
            raise FakeError(400, "metadata: not JSON text") from None
        if not isinstance(found, dict):
            raise FakeError(400, "metadata: not a JSON object")
    return found if isinstance(found, dict) and found else None


def add_document(
    state: State,
    collection_id: str,
    name: str,
    blob: Blob,
    upload: Upload | None = None,
    metadata: dict[str, Any] | None = None,
) -> Any:
    """Add an ingested file to a collection (with the modification time and URI its upload gave, if any, and
    the metadata its ingest gave it); returns the Document record."""
    stamp = now()
    doc_id = new_id()
    mtime = upload.mtime if upload is not None and upload.mtime.isdigit() else ""
    # The spec's `original_mtime` is a plain string; the server sends a time (the vendor's `Document` parses one).
    original = datetime.fromtimestamp(int(mtime) / 1000, timezone.utc).isoformat() if mtime else stamp
    known: dict[str, Any] = {"uri": upload.uri} if upload is not None and upload.uri else {}
    if metadata is not None:
        known["metadata_dict"] = metadata
    document = state.records.build(
        "Document",
        ("chat_session_id", "chat_session_name", "chat_session_visible", "summary"),
        **known,
        original_mtime=original,
        id=doc_id,
        name=name,
        username=USERNAME,
        type=Path(name).suffix.lstrip(".") or "txt",
        size=blob.size,
        page_count=1,
        status="completed",
        created_at=stamp,
        updated_at=stamp,
    )
    state.documents[doc_id] = document
    state.document_files[doc_id] = blob
    link(state, collection_id, doc_id)
    return document


def _add_uploads(
    state: State, uploads: list[Upload], collection_id: str, metadata: dict[str, Any] | None = None
) -> None:
    for upload in uploads:
        if state.uploads.pop(upload.id, None) is not None:  # one document per upload, even if ingested twice
            add_document(state, collection_id, upload.filename, upload.blob, upload, metadata)


def _add_source(state: State, source: Source, collection_id: str, metadata: dict[str, Any] | None = None) -> None:
    for name, content in source:
        add_document(state, collection_id, name, Blob.of(state.workdir / f"doc-{new_id()}", content), None, metadata)


@operation("ingest_upload")
async def ingest_upload(call: Call) -> Response:
    collection_id = target_collection(call)
    _uploads(call)  # a 404 before the wait
    metadata = metadata_of(call)
    # Ingestion takes `state.ingest_seconds`; a shorter `timeout` gives up (the documented 400).
    timeout = float(call.query("timeout") or "inf")
    await asyncio.sleep(min(call.state.ingest_seconds, timeout))
    if timeout < call.state.ingest_seconds:
        raise FakeError(400, f"ingestion did not finish within timeout={timeout:g}s")
    _add_uploads(call.state, _uploads(call), collection_id, metadata)  # ingested or deleted meanwhile: not found now
    return Response(status_code=204)


@operation("create_ingest_upload_job")
async def create_ingest_upload_job(call: Call) -> Response:
    collection_id = target_collection(call)
    uploads = _uploads(call)
    state = call.state
    ids = [u.id for u in uploads]
    metadata = metadata_of(call)

    def complete() -> None:
        _add_uploads(state, [state.uploads[i] for i in ids if i in state.uploads], collection_id, metadata)

    job = _jobs.start(
        state,
        call.operation_id,
        f"Ingesting {len(uploads)} file(s)",
        items=ids,
        on_complete=complete,
        fail_reason=state.ingest_failures.pop(0) if state.ingest_failures else None,
    )
    job.upload_ids, job.collection_id = ids, collection_id
    return JSONResponse(job.details, status_code=201)


def _name_of(url: str, default: str) -> str:
    parts = urlsplit(url)
    return Path(parts.path).name or parts.netloc or default


def _page(url: str) -> bytes:
    return f"<html><body><h1>{url}</h1><p>Fetched by the fake h2oGPTe.</p></body></html>\n".encode()


def _website(call: Call) -> Source:
    url = str((call.json() or {}).get("url", ""))
    name = _name_of(url, "index.html")
    return [(name if "." in name else f"{name}.html", _page(url))]


def _plain_text(call: Call) -> Source:
    return [(call.query("file_name") or "text.txt", call.body or b"")]


def _urls(call: Call) -> Source:
    urls = (call.json() or {}).get("urls") or []
    return [(_name_of(str(u), f"object-{i}"), f"Contents of {u}\n".encode()) for i, u in enumerate(urls)]


def _named(key: str) -> Callable[[Call], Source]:
    def source(call: Call) -> Source:
        values = (call.json() or {}).get(key) or []
        values = values if isinstance(values, list) else [values]
        return [(_name_of(str(v), f"item-{i}"), f"Contents of {v}\n".encode()) for i, v in enumerate(values)]

    return source


def _nothing(call: Call) -> Source:
    return []


SOURCES: dict[str, Callable[[Call], Source]] = {
    "website": _website,
    "plain_text": _plain_text,
    "s3": _urls,
    "gcs": _urls,
    "azure_blob_storage": _named("paths"),
    "file_system": _named("root_dir"),
    "confluence": _named("page_ids"),
    "sharepoint_online": _named("entries"),
    "agent_only_to_standard": _nothing,
}


def _synchronous(source: Callable[[Call], Source]) -> Callable[[Call], Any]:
    async def handler(call: Call) -> Response:
        collection_id = target_collection(call) if call.query("collection_id") is not None else ""
        if collection_id:
            _add_source(call.state, source(call), collection_id, metadata_of(call))
        return Response(status_code=204)

    return handler


def _as_job(source: Callable[[Call], Source]) -> Callable[[Call], Any]:
    async def handler(call: Call) -> Response:
        collection_id = target_collection(call) if call.query("collection_id") is not None else ""
        found = source(call)
        state = call.state
        metadata = metadata_of(call)

        def complete() -> None:
            if collection_id in state.collections:
                _add_source(state, found, collection_id, metadata)

        job = _jobs.start(
            state,
            call.operation_id,
            f"Ingesting {len(found)} document(s)",
            items=[name for name, _ in found] or None,
            on_complete=complete,
            fail_reason=state.ingest_failures.pop(0) if state.ingest_failures else None,
        )
        job.collection_id = collection_id
        return JSONResponse(job.details, status_code=201)

    return handler


for _name, _source in SOURCES.items():
    _prefix = "ingest" if _name == "agent_only_to_standard" else "ingest_from"
    operation(f"{_prefix}_{_name}")(_synchronous(_source))
    operation(f"create_{_prefix}_{_name}_job")(_as_job(_source))
