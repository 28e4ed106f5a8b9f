"""Tag "Documents": documents added by ingestion; deleting them (also as a job) and processing jobs."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse, Response

from h2ogpte_ext.testing import _jobs
from h2ogpte_ext.testing._state import Call, State, operation, page
from h2ogpte_ext.testing.handlers.collections import changed


def remove_document(state: State, doc_id: str) -> None:
    document = state.documents.pop(doc_id, None)
    owner = state.document_collection.pop(doc_id, None)
    path = state.document_files.pop(doc_id, None)
    if path is not None:
        path.unlink(missing_ok=True)
    if document is not None and owner in state.collections:
        changed(state.collections[owner], -1, -document.size)


@operation("delete_document")
async def delete_document(call: Call) -> Response:
    document = call.record("/documents", "document_id", "document")
    remove_document(call.state, document.id)
    return Response(status_code=204)


@operation("create_delete_document_job")
async def create_delete_document_job(call: Call) -> Response:
    ids = [str(i) for i in (call.json() or {}).get("document_ids", [])]
    state = call.state

    def delete() -> None:
        for doc_id in ids:
            remove_document(state, doc_id)

    job = _jobs.start(state, "DeleteDocumentsJob", f"Deleting {len(ids)} document(s)", items=ids, on_complete=delete)
    return JSONResponse(job.details, status_code=201)


@operation("create_process_document_job")
async def create_process_document_job(call: Call) -> Response:
    body: dict[str, Any] = call.json() or {}
    document = call.state.documents.get(str(body.get("document_id")))
    state = call.state

    def summarise() -> None:
        if document is not None and document.id in state.documents:
            state.documents[document.id].summary = f"A summary of {document.name} by the fake h2oGPTe."

    name = f"Processing {document.name if document is not None else body.get('document_id')}"
    job = _jobs.start(state, "DocumentProcessJob", name, on_complete=summarise)
    return JSONResponse(job.details, status_code=201)


@operation("list_collections_for_document")
async def list_collections_for_document(call: Call) -> Response:
    document = call.record("/documents", "document_id", "document")
    owner = call.state.document_collection.get(document.id)
    found = [call.state.collections[owner]] if owner in call.state.collections else []
    return JSONResponse([c.to_dict() for c in page(found, call)])
