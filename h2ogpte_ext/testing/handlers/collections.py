"""Tag "Collections": collections, the documents and chat sessions in them, chunk search, delete jobs."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from starlette.responses import JSONResponse, Response

from h2ogpte_ext.testing import _generic, _jobs
from h2ogpte_ext.testing._relations import (
    chunks_of,
    documents_of,
    link,
    metadata_of,
    ranked,
    sessions_of,
    unlink,
    with_metadata,
)
from h2ogpte_ext.testing._spec import operations
from h2ogpte_ext.testing._state import (
    USERNAME,
    Blob,
    Call,
    Records,
    State,
    json_response,
    new_id,
    now,
    operation,
    page,
)
from h2ogpte_ext.testing.handlers.chat import remove_session
from h2ogpte_ext.testing.handlers.document_ingestion import add_document
from h2ogpte_ext.testing.handlers.documents import remove_document
from h2ogpte_ext.testing.handlers.prompt_templates import existing

RECORD_SKIP = ("expiry_date", "inactivity_interval", "size_limit", "prompt_template_id", "thumbnail")


def collection(call: Call, param: str = "collection_id") -> Any:
    return call.record("/collections", param, "collection")


@operation("create_collection")
async def create_collection(call: Call) -> Response:
    body = call.json()
    stamp = now()
    record = call.state.records.build(
        "Collection",
        RECORD_SKIP,
        id=new_id(),
        name=body["name"],
        description=body["description"],
        embedding_model=body.get("embedding_model", "BAAI/bge-large-en-v1.5"),
        document_count=0,
        document_size=0,
        created_at=stamp,
        updated_at=stamp,
        user_count=1,
        is_public=False,
        username=USERNAME,
        sessions_count=0,
        status="ok",
    )
    call.state.collections[record.id] = record
    return json_response(record, 201)


@operation("list_collections")
async def list_collections(call: Call) -> Response:
    items = list(call.state.collections.values())
    column = call.query("sort_column") or "updated_at"
    if column in {"name", "updated_at", "created_at", "document_count", "document_size"}:
        items.sort(key=lambda c: getattr(c, column), reverse=call.query("ascending", "false") != "true")
    return JSONResponse([c.to_dict() for c in page(items, call)])


@operation("delete_collection")
async def delete_collection(call: Call) -> Response:
    record = collection(call)
    remove_collection(call.state, record.id)
    return Response(status_code=204)


def remove_collection(state: State, collection_id: str) -> None:
    """Delete a collection, the documents no other collection holds, and every chat session on it (the vendor's
    guide: "Deleting a Collection yourself also deletes every chat session in it")."""

    for document in documents_of(state, collection_id):
        unlink(state, collection_id, document.id)
        if not state.document_collections.get(document.id):
            remove_document(state, document.id)
    for session in sessions_of(state, collection_id):
        remove_session(state, session.id)
    state.collections.pop(collection_id, None)
    state.permissions.pop(("/collections", collection_id), None)


@operation("create_delete_collection_job")
async def create_delete_collection_job(call: Call) -> Response:
    state = call.state
    return _jobs.deleting(
        call,
        "collection_ids",
        lambda n: f"Deleting {n} collection(s)",
        missing=lambda i: i not in state.collections,
        remove=lambda i: remove_collection(state, i),
        not_found="collection not found",
    )


@operation("list_documents_for_collection")
async def list_documents_for_collection(call: Call) -> Response:
    record = collection(call)
    return JSONResponse([d.to_dict() for d in page(documents_of(call.state, record.id), call)])


@operation("get_document_count_for_collection")
async def get_document_count_for_collection(call: Call) -> Response:
    return JSONResponse({"count": len(documents_of(call.state, collection(call).id))})


@operation("update_collection")
async def update_collection(call: Call) -> Response:
    """The generic update; a new name shows in the chat sessions on the collection (their `collection_name`)."""
    response = await _generic.answer(operations()[call.operation_id], call)
    record = call.state.collections.get(call.path("collection_id"))
    if record is not None:
        for session in sessions_of(call.state, record.id):
            session.collection_name = record.name
    return response


@operation("update_collection_prompt_template")
async def update_collection_prompt_template(call: Call) -> Response:

    record = collection(call)
    record.prompt_template_id = existing(call, (call.json() or {}).get("prompt_template_id"))
    record.updated_at = datetime.now(timezone.utc)
    return json_response(record)


@operation("delete_collection_prompt_template")
async def delete_collection_prompt_template(call: Call) -> Response:
    record = collection(call)
    call.state.collections[record.id] = record = Records.without(record, "prompt_template_id")
    return json_response(record)


@operation("get_collection_metadata")
async def get_collection_metadata(call: Call) -> Response:
    return JSONResponse(metadata_of(collection(call)))


@operation("update_collection_metadata")
async def update_collection_metadata(call: Call) -> Response:
    """The collection's `metadata_dict` too: the record and `GET .../metadata` say the same."""
    record = collection(call)
    call.state.collections[record.id] = with_metadata(call, record)
    return Response(status_code=204)


@operation("list_chat_sessions_for_collection")
async def list_chat_sessions_for_collection(call: Call) -> Response:
    return JSONResponse([s.to_dict() for s in page(sessions_of(call.state, collection(call).id), call)])


@operation("get_chat_session_count_for_collection")
async def get_chat_session_count_for_collection(call: Call) -> Response:
    return JSONResponse({"count": len(sessions_of(call.state, collection(call).id))})


@operation("insert_document_into_collection")
async def insert_document_into_collection(call: Call) -> Response:
    record = collection(call)
    document = call.record("/documents", "document_id", "document")
    _import(call.state, record.id, document.id, copy=call.query("copy_document") == "true")
    return Response(status_code=204)


def _import(state: State, collection_id: str, doc_id: str, copy: bool) -> None:
    """Put a document into a collection, or a copy of it (a new document, its bytes copied) with `copy`."""
    if doc_id not in state.documents or collection_id not in state.collections:
        return
    if copy:
        original = state.documents[doc_id]
        add_document(state, collection_id, original.name, Blob.of(state.workdir / new_id(), _bytes(state, doc_id)))
    else:
        link(state, collection_id, doc_id)


def _bytes(state: State, doc_id: str) -> bytes:
    blob = state.document_files.get(doc_id)
    return blob.read() if blob is not None else b""


@operation("create_insert_document_to_collection_job")
async def create_insert_document_to_collection_job(call: Call) -> Response:
    """A job that puts the document into the collection when it completes (fails if either is gone by then)."""
    record, state = collection(call), call.state
    doc_id = str((call.json() or {}).get("document_id", ""))
    copy = call.query("copy_document") == "true"
    reason = None if doc_id in state.documents else f"document not found: {doc_id}"
    job = _jobs.start(
        state,
        call.operation_id,
        f"Importing a document into {record.name}",
        items=[doc_id],
        on_complete=lambda: _import(state, record.id, doc_id, copy),
        fail_reason=reason,
    )
    job.collection_id = record.id
    return JSONResponse(job.details, status_code=201)


@operation("create_import_collection_to_collection_job")
async def create_import_collection_to_collection_job(call: Call) -> Response:
    """A job that puts every document of the source collection into this one when it completes."""
    record, state = collection(call), call.state
    source_id = str((call.json() or {}).get("source_collection_id", ""))
    copy = call.query("copy_document") == "true"
    reason = None if source_id in state.collections else f"collection not found: {source_id}"
    doc_ids = [d.id for d in documents_of(state, source_id)]

    def complete() -> None:
        for doc_id in doc_ids:
            _import(state, record.id, doc_id, copy)

    name = f"Importing {len(doc_ids)} document(s) into {record.name}"
    job = _jobs.start(state, call.operation_id, name, items=doc_ids or None, on_complete=complete, fail_reason=reason)
    job.collection_id = record.id
    return JSONResponse(job.details, status_code=201)


@operation("delete_document_from_collection")
async def delete_document_from_collection(call: Call) -> Response:
    record = collection(call)
    document = call.record("/documents", "document_id", "document")
    unlink(call.state, record.id, document.id)
    return Response(status_code=204)


@operation("create_delete_document_from_collection_job")
async def create_delete_document_from_collection_job(call: Call) -> Response:
    record, state = collection(call), call.state
    return _jobs.deleting(
        call,
        "document_ids",
        lambda n: f"Removing {n} document(s) from {record.name}",
        missing=lambda i: record.id not in state.document_collections.get(i, []),
        remove=lambda i: unlink(state, record.id, i),
        not_found="document not in the collection",
    )


def _hits(call: Call, query: str) -> list[dict[str, Any]]:
    body = call.json() or {}
    topics = set(body.get("topics") or [])
    documents = [d for d in documents_of(call.state, collection(call).id) if not topics or d.name in topics]
    return ranked([c for d in documents for c in chunks_of(call.state, d)], query)


@operation("search_collection_chunks")
async def search_collection_chunks(call: Call) -> Response:
    body = call.json() or {}
    return JSONResponse(_window(_hits(call, str(body.get("query", ""))), body))


@operation("match_collection_chunks")
async def match_collection_chunks(call: Call) -> Response:
    body = call.json() or {}
    return JSONResponse(_window(_hits(call, ""), body))


@operation("get_collection_chunks")
async def get_collection_chunks(call: Call) -> Response:
    """The chunks of the collection with the ids asked for, in that order (ids it does not hold are left out)."""
    record = collection(call)
    known = {c["id"]: c for d in documents_of(call.state, record.id) for c in chunks_of(call.state, d)}
    wanted = [int(i) for i in call.path("chunk_ids").split(",") if i.lstrip("-").isdigit()]
    keys = ("text", "id", "name", "size", "pages")
    return JSONResponse([{k: known[i][k] for k in keys} for i in wanted if i in known])


def _window(hits: list[dict[str, Any]], body: dict[str, Any]) -> list[dict[str, Any]]:
    offset = int(body.get("offset") or 0)
    limit = body.get("limit")
    return hits[offset : offset + int(limit)] if limit is not None else hits[offset:]
