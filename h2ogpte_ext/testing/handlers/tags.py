"""Tag "Tags": tags are records of the generic store ("/tags"); the documents carrying them (tagged through
`POST /documents/{document_id}/tags`) are listed here."""

from __future__ import annotations

from starlette.responses import JSONResponse, Response

from h2ogpte_ext.testing._relations import documents_of
from h2ogpte_ext.testing._state import Call, FakeError, operation


@operation("list_documents_for_tags")
async def list_documents_for_tags(call: Call) -> Response:
    """The collection's documents carrying any of the tags named."""
    state = call.state
    collection_id = call.query("collection_id") or ""
    if collection_id not in state.collections:
        raise FakeError(404, f"collection {collection_id!r} not found")
    names = set(call.path("tag_names").split(","))
    wanted = {i for i, t in state.table("/tags").items() if t.name in names}
    found = [d for d in documents_of(state, collection_id) if wanted & set(state.document_tags.get(d.id, []))]
    return JSONResponse([d.to_dict() for d in found])
