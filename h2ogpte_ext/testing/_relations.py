"""How the fake's records hang together: the documents a collection holds (and its counts), the chat sessions
on it, a document's text, chunks and metadata, and chunks ranked for a query. The handlers of every tag read
and change these relations here, so each handler module imports downward only."""

from __future__ import annotations

import re
import zlib
from datetime import datetime, timezone
from typing import Any

from h2ogpte_ext.testing._state import Call, Records, State, now


def documents_of(state: State, collection_id: str) -> list[Any]:
    """The collection's documents, in the order they joined it."""
    return [state.documents[d] for d, held in state.document_collections.items() if collection_id in held]


def link(state: State, collection_id: str, doc_id: str) -> None:
    """Put a document into a collection (once), counting it there."""
    held = state.document_collections.setdefault(doc_id, [])
    record = state.collections.get(collection_id)
    if collection_id not in held and record is not None and doc_id in state.documents:
        held.append(collection_id)
        changed(record, 1, state.documents[doc_id].size)


def unlink(state: State, collection_id: str, doc_id: str) -> None:
    """Take a document out of a collection (the document itself stays)."""
    held = state.document_collections.get(doc_id, [])
    record = state.collections.get(collection_id)
    if collection_id in held:
        held.remove(collection_id)
        if record is not None and doc_id in state.documents:
            changed(record, -1, -state.documents[doc_id].size)


def sessions_of(state: State, collection_id: str) -> list[Any]:
    return [s for s in state.sessions.values() if getattr(s, "collection_id", None) == collection_id]


def recount(state: State, collection_id: str) -> None:
    """A collection's `sessions_count`, after a chat session on it came, went or moved."""
    record = state.collections.get(collection_id)
    if record is not None:
        record.sessions_count = len(sessions_of(state, collection_id))


def metadata_of(record: Any) -> dict[str, Any]:
    """A record's metadata (its `metadata_dict`), as `GET .../metadata` answers it."""
    found = Records.json(record).get("metadata_dict")
    return found if isinstance(found, dict) else {}


def with_metadata(call: Call, record: Any) -> Any:
    """The record with the metadata `PUT .../metadata` sends (the whole of it) as its `metadata_dict`."""
    body = call.json()
    return Records.replace(record, metadata_dict=body if isinstance(body, dict) else {}, updated_at=now())


def changed(record: Any, documents: int, size: int) -> None:
    """A collection gained or lost documents."""
    record.document_count = max(0, record.document_count + documents)
    record.document_size = max(0, record.document_size + size)
    record.updated_at = datetime.now(timezone.utc)


# A document's text is cut into chunks of about this many characters (a small file is one chunk).
CHUNK_CHARS = 600


def text_of(state: State, doc_id: str) -> str:
    blob = state.document_files.get(doc_id)
    return blob.read().decode("utf-8", errors="replace") if blob is not None else ""


def chunks_of(state: State, document: Any) -> list[dict[str, Any]]:
    """The document's chunks (ChunkSearchResult's properties, less the score): the same ids wherever they
    show (chunk search, a collection's chunks by id, a document's chunks, a reply's references)."""
    text = text_of(state, document.id)
    pieces = [text[i : i + CHUNK_CHARS] for i in range(0, len(text), CHUNK_CHARS)] or [""]
    base = zlib.crc32(document.id.encode()) % 1_000_000 * 1000  # stable ids, distinct between documents
    return [
        {
            "id": base + i,
            "topic": document.name,
            "name": document.name,
            "text": piece,
            "size": len(piece.encode()),
            "pages": f"[{i + 1}]",
        }
        for i, piece in enumerate(pieces)
    ]


def ranked(chunks: list[dict[str, Any]], query: str) -> list[dict[str, Any]]:
    """The chunks with a score, best first: the share of the query's words each holds (ties keep their order)."""
    words = {w.lower() for w in re.findall(r"\w+", query)}
    scored = []
    for i, chunk in enumerate(chunks):
        found = {w.lower() for w in re.findall(r"\w+", chunk["text"])}
        share = len(words & found) / len(words) if words else 0.0
        scored.append({**chunk, "score": round(0.5 + 0.5 * share - 0.001 * min(i, 100), 4)})
    return sorted(scored, key=lambda c: -c["score"])
