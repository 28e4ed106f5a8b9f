"""Documents and texts in one call each (`h2ogpte_ext._async.documents`): questions, summaries and extraction
from text, processing a document, a document's bytes, and bulk deletes that wait for their job."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from h2ogpte_api.models import DocumentSummary, ModelAnswer

from h2ogpte_ext import H2OGPTEError, JobError, NotFoundError
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.common import _collection
from tests.either import Either

pytestmark = pytest.mark.e2e


def test_texts_in_one_call(make: Callable[..., Either]) -> None:
    c = make()
    answer = c.run(c.client.answer_question("Who won?", "The home team won 3-1."))
    assert isinstance(answer, ModelAnswer) and answer.content
    summary = c.run(c.client.summarize_content(["First part.", "Second part."]))
    assert summary.content
    extracted = c.run(c.client.extract_data("Alice is 30.", prompt_extract="Extract names and ages."))
    assert isinstance(extracted.content, list)
    with pytest.raises(H2OGPTEError, match=r"unknown LLM option\(s\) temprature"):
        c.run(c.client.answer_question("Who?", "Text", temprature=0))  # type: ignore[call-arg]


def test_process_document_returns_its_result(make: Callable[..., Either]) -> None:
    c = make()
    collection_id = _collection(c)
    document = c.run(c.client.ingest_text(collection_id, "A long report.", name="r.txt", poll_interval=0.01)).documents[
        0
    ]
    summary = c.run(c.client.process_document(document.id, prompt_summary="List the risks.", poll_interval=0.01))
    assert isinstance(summary, DocumentSummary) and summary.document_id == document.id and summary.content


def test_a_documents_bytes_in_memory_or_streamed_to_a_file(make: Callable[..., Either], tmp_path: Path) -> None:
    c = make()
    collection_id = _collection(c)
    content = b"line one\nline two\n" * 100
    result = c.run(c.client.upload_and_ingest(collection_id, [("notes.txt", content)], poll_interval=0.01))
    (document,) = result.documents
    assert c.run(c.client.get_document_content(document.id)) == content
    with pytest.raises(H2OGPTEError, match="larger than max_bytes=10"):
        c.run(c.client.get_document_content(document.id, max_bytes=10))
    path = c.run(c.client.download_document(document.id, tmp_path))
    assert path == tmp_path / "notes.txt" and path.read_bytes() == content


def test_processing_a_missing_document_is_a_job_error(make: Callable[..., Either]) -> None:
    c = make()
    with pytest.raises(JobError, match="document 'no-such-document' not found"):
        c.run(c.client.process_document("no-such-document", poll_interval=0.01))


def test_bulk_deletes_wait_for_their_job(make: Callable[..., Either]) -> None:
    c = make()
    collections = [_collection(c, f"c{i}") for i in range(3)]
    sessions = [c.run(c.client.chat.create_chat_session()).id for _ in range(2)]
    assert c.run(c.client.delete_chat_sessions(sessions, poll_interval=0.01)).overall_status == "completed"
    assert c.run(c.client.delete_collections(collections, poll_interval=0.01)).overall_status == "completed"
    for collection_id in collections:
        with pytest.raises(NotFoundError):
            c.run(c.client.collections.get_collection(collection_id))
    with pytest.raises(NotFoundError):
        c.run(c.client.chat.get_chat_session(sessions[0]))


def test_delete_documents_deletes_them_and_waits_for_the_job(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    c = make()
    collection_id = _collection(c)
    result = c.run(
        c.client.upload_and_ingest(
            collection_id, [("a.txt", b"a"), ("b.txt", b"b"), ("c.txt", b"c")], poll_interval=0.01
        )
    )
    by_name = {d.name: d.id for d in result.documents}
    job = c.run(c.client.delete_documents([by_name["a.txt"], by_name["c.txt"]], poll_interval=0.01))
    assert job.overall_status == "completed"
    left = c.collect(c.client.collections.iter_documents_for_collection(collection_id))
    assert [d.name for d in left] == ["b.txt"]
    for name in ("a.txt", "c.txt"):
        with pytest.raises(NotFoundError):
            c.run(c.client.documents.get_document(by_name[name]))
    # One job, polled until it ended.
    assert [r.method for r in fake_h2ogpte.state.requests if r.path == "/api/v1/documents/delete_job"] == ["POST"]
