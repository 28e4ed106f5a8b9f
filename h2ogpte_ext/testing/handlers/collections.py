"""Tag "Collections": collections, the documents and chat sessions in them, chunk search, delete jobs."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from starlette.responses import JSONResponse, Response

from h2ogpte_ext.testing import _jobs
from h2ogpte_ext.testing._state import Call, State, json_response, new_id, now, operation, page

RECORD_SKIP = ("expiry_date", "inactivity_interval", "size_limit", "prompt_template_id", "thumbnail")


def collection(call: Call, param: str = "collection_id") -> Any:
    return call.record("/collections", param, "collection")


def documents_of(state: State, collection_id: str) -> list[Any]:
    return [state.documents[d] for d, owner in state.document_collection.items() if owner == collection_id]


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
        username="fake-user",
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
    state.collections.pop(collection_id, None)
    state.permissions.pop(("/collections", collection_id), None)
    for doc_id, owner in list(state.document_collection.items()):
        if owner == collection_id:
            del state.document_collection[doc_id]
            state.documents.pop(doc_id, None)


@operation("create_delete_collection_job")
async def create_delete_collection_job(call: Call) -> Response:
    state = call.state
    return _jobs.deleting(
        call,
        "DeleteCollectionsJob",
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


def sessions_of(state: State, collection_id: str) -> list[Any]:
    return [s for s in state.sessions.values() if getattr(s, "collection_id", None) == collection_id]


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
    call.state.document_collection[document.id] = record.id
    return Response(status_code=204)


@operation("delete_document_from_collection")
async def delete_document_from_collection(call: Call) -> Response:
    record = collection(call)
    document = call.record("/documents", "document_id", "document")
    remove_from_collection(call.state, record.id, document.id)
    return Response(status_code=204)


def remove_from_collection(state: State, collection_id: str, doc_id: str) -> None:
    """Take a document out of a collection (the document itself stays)."""
    record = state.collections.get(collection_id)
    if record is not None and state.document_collection.get(doc_id) == collection_id and doc_id in state.documents:
        del state.document_collection[doc_id]
        changed(record, -1, -state.documents[doc_id].size)


@operation("create_delete_document_from_collection_job")
async def create_delete_document_from_collection_job(call: Call) -> Response:
    record, state = collection(call), call.state
    return _jobs.deleting(
        call,
        "DeleteDocumentsFromCollectionJob",
        "document_ids",
        lambda n: f"Removing {n} document(s) from {record.name}",
        missing=lambda i: state.document_collection.get(i) != record.id,
        remove=lambda i: remove_from_collection(state, record.id, i),
        not_found="document not in the collection",
    )


def changed(record: Any, documents: int, size: int) -> None:
    """A collection gained or lost documents."""
    record.document_count = max(0, record.document_count + documents)
    record.document_size = max(0, record.document_size + size)
    record.updated_at = datetime.now(timezone.utc)


def _chunks(call: Call, query: str) -> list[dict[str, Any]]:
    """One scripted search hit per document of the collection, best first."""
    found = []
    for i, document in enumerate(documents_of(call.state, collection(call).id)):
        found.append(
            {
                "id": i,
                "topic": document.name,
                "name": document.name,
                "text": f"{document.name}: the passage that answers '{query[:80]}'.",
                "size": document.size,
                "pages": "[1]",
                "score": round(0.9 - 0.1 * i, 3),
            }
        )
    return found


@operation("search_collection_chunks")
async def search_collection_chunks(call: Call) -> Response:
    body = call.json() or {}
    return JSONResponse(_window(_chunks(call, str(body.get("query", ""))), body))


@operation("match_collection_chunks")
async def match_collection_chunks(call: Call) -> Response:
    body = call.json() or {}
    return JSONResponse(_window(_chunks(call, "the given vectors"), body))


def _window(hits: list[dict[str, Any]], body: dict[str, Any]) -> list[dict[str, Any]]:
    offset = int(body.get("offset") or 0)
    limit = body.get("limit")
    return hits[offset : offset + int(limit)] if limit is not None else hits[offset:]
