"""Tag "Documents": documents added by ingestion; deleting them (also as a job), processing jobs, their tags
and the chat sessions that can see them."""

from __future__ import annotations

import json
from typing import Any

from h2ogpte_api.models import DocumentSummary
from starlette.responses import JSONResponse, Response

from h2ogpte_ext.testing import _jobs
from h2ogpte_ext.testing._relations import chunks_of, metadata_of, ranked, sessions_of, unlink, with_metadata
from h2ogpte_ext.testing._state import Call, FakeError, State, json_response, new_id, now, operation, page
from h2ogpte_ext.testing.handlers.models import llm_args, structured, used


def remove_document(state: State, doc_id: str) -> None:
    """Delete a document: out of every collection holding it, its tags, sharing, summaries and bytes gone."""
    for collection_id in list(state.document_collections.get(doc_id, [])):
        unlink(state, collection_id, doc_id)
    state.document_collections.pop(doc_id, None)
    state.documents.pop(doc_id, None)
    state.document_tags.pop(doc_id, None)
    state.permissions.pop(("/documents", doc_id), None)
    summaries = state.table(SUMMARIES)
    for summary_id in [i for i, s in summaries.items() if s.document_id == doc_id]:
        del summaries[summary_id]
    blob = state.document_files.pop(doc_id, None)
    if blob is not None:
        blob.discard()


@operation("delete_document")
async def delete_document(call: Call) -> Response:
    document = call.record("/documents", "document_id", "document")
    remove_document(call.state, document.id)
    return Response(status_code=204)


@operation("create_delete_document_job")
async def create_delete_document_job(call: Call) -> Response:
    state = call.state
    return _jobs.deleting(
        call,
        "document_ids",
        lambda n: f"Deleting {n} document(s)",
        missing=lambda i: i not in state.documents,
        remove=lambda i: remove_document(state, i),
        not_found="document not found",
    )


SUMMARIES = "/document_summaries"


@operation("create_process_document_job")
async def create_process_document_job(call: Call) -> Response:
    """A job that, once completed, leaves a DocumentSummary under the id the request asked for."""
    body: dict[str, Any] = call.json() or {}
    document = call.state.documents.get(str(body.get("document_id")))
    if document is None:  # the server takes the job, which then fails
        reason = f"document {body.get('document_id')!r} not found"
        job = _jobs.start(call.state, call.operation_id, "Processing a missing document", fail_reason=reason)
        return JSONResponse(job.details, status_code=201)
    summary_id = str(body.get("summary_id") or new_id())
    state = call.state
    prompt = body.get("prompt_summary") or "Summarise the document."
    options = {k: v for k, v in body.items() if k not in ("document_id", "summary_id")}
    # Guided by the request's `schema` (or its llm_args): JSON valid against it, built when the job is made so
    # that a schema no value satisfies is refused at once.
    args = llm_args(body)
    if isinstance(body.get("schema"), dict):
        args = {**args, "guided_json": body["schema"]}
    blob = state.document_files.get(document.id)
    text = blob.read()[:4000].decode("utf-8", errors="replace") if blob is not None else document.name
    content = structured(state, args, text, f"process:{document.id}:{prompt}")
    if content is None:
        content = f"{prompt} (the fake h2oGPTe's answer for {document.name})"
    if body.get("keep_intermediate_results"):
        content = repr(
            [content]
        )  # the intermediate results, as a Python list literal (the vendor's client reads it so)
    usage = used(state, str(body.get("llm") or "auto"), len(text.split()), len(content.split()))

    def summarise() -> None:
        if document.id in state.documents:
            state.documents[document.id].summary = f"A summary of {document.name} by the fake h2oGPTe."
            state.table(SUMMARIES)[summary_id] = DocumentSummary(
                id=summary_id,
                document_id=document.id,
                content=content,
                error="",
                kwargs=json.dumps(options),
                created_at=now(),
                usage_stats=json.dumps(usage),
            )

    job = _jobs.start(state, call.operation_id, f"Processing {document.name}", on_complete=summarise)
    return JSONResponse(job.details, status_code=201)


@operation("get_document_summary")
async def get_document_summary(call: Call) -> Response:
    return json_response(call.record(SUMMARIES, "summary_id", "document summary"))


@operation("list_document_summaries")
async def list_document_summaries(call: Call) -> Response:
    document = call.record("/documents", "document_id", "document")
    found = [s for s in call.state.table(SUMMARIES).values() if s.document_id == document.id]
    return JSONResponse([s.to_dict() for s in page(found, call)])


@operation("delete_document_summaries")
async def delete_document_summaries(call: Call) -> Response:
    table = call.state.table(SUMMARIES)
    for summary_id in call.path("summary_ids").split(","):
        if table.pop(summary_id, None) is None:
            raise FakeError(404, f"document summary {summary_id!r} not found")
    return Response(status_code=204)


@operation("get_document_metadata")
async def get_document_metadata(call: Call) -> Response:
    return JSONResponse(metadata_of(call.record("/documents", "document_id", "document")))


@operation("update_document_metadata")
async def update_document_metadata(call: Call) -> Response:
    """The document's `metadata_dict` too: the record and `GET .../metadata` say the same."""
    document = call.record("/documents", "document_id", "document")
    call.state.documents[document.id] = with_metadata(call, document)
    return Response(status_code=204)


@operation("list_collections_for_document")
async def list_collections_for_document(call: Call) -> Response:
    document = call.record("/documents", "document_id", "document")
    held = call.state.document_collections.get(document.id, [])
    found = [call.state.collections[i] for i in held if i in call.state.collections]
    return JSONResponse([c.to_dict() for c in page(found, call)])


@operation("list_document_chunks")
async def list_document_chunks(call: Call) -> Response:
    """The document's chunks, scored as a search for nothing would score them; in the collection named, if one is
    (which must hold the document)."""
    document = call.record("/documents", "document_id", "document")
    collection_id = call.query("collection_id")
    if collection_id is not None and collection_id not in call.state.document_collections.get(document.id, []):
        raise FakeError(404, f"document not in collection {collection_id!r}")
    return JSONResponse(ranked(chunks_of(call.state, document), ""))


def tag_named(state: State, name: str) -> Any:
    """The Tag record of that name, or None."""
    return next((t for t in state.table("/tags").values() if t.name == name), None)


@operation("create_tag_on_document")
async def create_tag_on_document(call: Call) -> Response:
    document = call.record("/documents", "document_id", "document")
    name = str((call.json() or {}).get("name", ""))
    tag = tag_named(call.state, name)
    if tag is None:  # tagging with a new name creates the tag
        tag = call.state.records.build("Tag", id=new_id(), name=name)
        call.state.table("/tags")[tag.id] = tag
    tags = call.state.document_tags.setdefault(document.id, [])
    if tag.id not in tags:
        tags.append(tag.id)
    return json_response(tag, 201)


@operation("delete_tag_from_document")
async def delete_tag_from_document(call: Call) -> Response:
    document = call.record("/documents", "document_id", "document")
    tag = tag_named(call.state, call.path("tag_name"))
    if tag is None:
        raise FakeError(404, f"tag {call.path('tag_name')!r} not found")
    tags = call.state.document_tags.get(document.id, [])
    tags[:] = [t for t in tags if t != tag.id]
    return JSONResponse({"tag_id": tag.id})


def _sessions(call: Call) -> list[Any]:
    """The chat sessions on the collections holding the document."""
    document = call.record("/documents", "document_id", "document")
    return [s for i in call.state.document_collections.get(document.id, []) for s in sessions_of(call.state, i)]


@operation("list_chat_sessions_for_document")
async def list_chat_sessions_for_document(call: Call) -> Response:
    return JSONResponse([s.to_dict() for s in page(_sessions(call), call)])


@operation("get_chat_session_count_for_document")
async def get_chat_session_count_for_document(call: Call) -> Response:
    return JSONResponse({"count": len(_sessions(call))})
