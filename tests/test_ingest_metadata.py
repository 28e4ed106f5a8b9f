"""`upload_and_ingest(..., metadata=..., file_metadata=...)`, sync and async, end to end against the fake: the
documents keep their metadata (`Document.metadata_dict`, `get_document_metadata`), files whose metadata differ
go in one job per distinct metadata, and metadata that cannot be sent is refused before anything is."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest
from h2ogpte_api.types import Unset

from h2ogpte_ext import H2OGPTEError, UploadError
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.either import Either
from tests.in_spec import has

pytestmark = pytest.mark.e2e

FILES = [("a.txt", b"alpha"), ("b.txt", b"beta"), ("c.txt", b"gamma")]


def _collection(c: Either) -> str:
    return str(c.run(c.client.collections.create_collection(name="meta", description="d")).id)


def _metadata_of(c: Either, document_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """A document's metadata as the documents endpoints show it: on the record, and on its own."""
    document = c.run(c.client.documents.get_document(document_id))
    on_record = {} if isinstance(document.metadata_dict, Unset) else document.metadata_dict.to_dict()
    return on_record, c.run(c.client.documents.get_document_metadata(document_id)).to_dict()


@pytest.fixture
def job_bodies(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The JSON body of each ingest-upload job the fake is asked for (None: no body), in order."""
    from h2ogpte_ext.testing._state import HANDLERS, Call

    taken = HANDLERS["create_ingest_upload_job"]
    bodies: list[Any] = []

    async def recorded(call: Call) -> Any:
        bodies.append(call.json())
        return await taken(call)

    monkeypatch.setitem(HANDLERS, "create_ingest_upload_job", recorded)
    return bodies


def test_one_metadata_for_every_file_is_one_job(make: Callable[..., Either], job_bodies: list[Any]) -> None:
    c = make()
    collection_id = _collection(c)
    metadata = {"team": "sales", "year": 2026, "tags": ["q3", None], "nested": {"ok": True, "score": 0.5}}
    result = c.run(c.client.upload_and_ingest(collection_id, FILES, metadata=metadata, poll_interval=0.01))
    assert sorted(d.name for d in result.documents) == ["a.txt", "b.txt", "c.txt"]
    assert result.jobs == [result.job] and result.job.overall_status == "completed"
    assert job_bodies == [{"metadata": metadata}]
    for document in result.documents:
        assert _metadata_of(c, document.id) == (metadata, metadata)
    listed = c.run(c.client.collections.list_documents_for_collection(collection_id))
    assert {d.metadata_dict.to_dict()["team"] for d in listed} == {"sales"}


def test_metadata_per_file_runs_one_job_per_distinct_metadata(
    make: Callable[..., Either], job_bodies: list[Any]
) -> None:
    c = make()
    collection_id = _collection(c)
    result = c.run(
        c.client.upload_and_ingest(
            collection_id,
            [*FILES, ("d.txt", b"delta")],
            metadata={"team": "sales", "quarter": "Q2"},
            # a.txt and c.txt end with the same metadata: one job; b.txt another; d.txt the common one.
            file_metadata={"a.txt": {"quarter": "Q3"}, "b.txt": {"team": "ops"}, "c.txt": {"quarter": "Q3"}},
            poll_interval=0.01,
        )
    )
    expected = {
        "a.txt": {"team": "sales", "quarter": "Q3"},
        "b.txt": {"team": "ops", "quarter": "Q2"},
        "c.txt": {"team": "sales", "quarter": "Q3"},
        "d.txt": {"team": "sales", "quarter": "Q2"},
    }
    assert {d.name: _metadata_of(c, d.id)[0] for d in result.documents} == expected
    assert {d.name: _metadata_of(c, d.id)[1] for d in result.documents} == expected
    assert len(result.jobs) == 3 and result.job is result.jobs[0]
    assert {job.overall_status for job in result.jobs} == {"completed"}
    assert job_bodies == [{"metadata": m} for m in (expected["a.txt"], expected["b.txt"], expected["d.txt"])]
    # Each job took its own files: two, one and one (where the spec's JobDetails counts them).
    if has("JobDetails.files_total"):
        assert [job.files_total for job in result.jobs] == [2, 1, 1]


def test_files_without_metadata_are_ingested_without_it(make: Callable[..., Either], job_bodies: list[Any]) -> None:
    c = make()
    collection_id = _collection(c)
    result = c.run(
        c.client.upload_and_ingest(collection_id, FILES, file_metadata={"b.txt": {"k": "v"}}, poll_interval=0.01)
    )
    assert {d.name: _metadata_of(c, d.id)[1] for d in result.documents} == {
        "a.txt": {},
        "b.txt": {"k": "v"},
        "c.txt": {},
    }
    assert job_bodies == [None, {"metadata": {"k": "v"}}]  # no metadata, no body


def test_several_jobs_without_waiting(make: Callable[..., Either]) -> None:
    c = make()
    result = c.run(c.client.upload_and_ingest(_collection(c), FILES, file_metadata={"a.txt": {"k": 1}}, wait=False))
    assert len(result.jobs) == 2 and result.job is result.jobs[0] and result.documents == []


def test_metadata_can_be_replaced_afterwards(make: Callable[..., Either]) -> None:
    from h2ogpte_api.models import UpdateDocumentMetadataBody

    c = make()
    result = c.run(c.client.upload_and_ingest(_collection(c), FILES[:1], metadata={"v": 1}, poll_interval=0.01))
    (document,) = result.documents
    c.run(c.client.documents.update_document_metadata(document.id, body=UpdateDocumentMetadataBody.from_dict({"v": 2})))
    assert _metadata_of(c, document.id) == ({"v": 2}, {"v": 2})


@pytest.mark.parametrize(
    ("settings", "problem"),
    [
        (
            {"file_metadata": {"a.txt": {}, "missing.pdf": {"k": 1}}},
            r"file_metadata names 'missing.pdf', which no file",
        ),
        ({"file_metadata": {"a.txt": ["not", "a", "mapping"]}}, r"file_metadata\['a.txt'\] must be a mapping"),
        ({"file_metadata": [("a.txt", {})]}, r"file_metadata must map file names to metadata mappings, not list"),
        ({"metadata": "k=v"}, r"metadata must be a mapping \(a JSON object\), not str"),
        (
            {"metadata": {"when": datetime.date(2026, 1, 2)}},
            r"metadata\['when'\] is of type date \(datetime.date\(2026, 1, 2\)\), which JSON cannot hold",
        ),
        ({"metadata": {"tags": {"a", "b"}}}, r"metadata\['tags'\] is of type set"),
        ({"metadata": {"score": float("nan")}}, r"metadata\['score'\] is nan, which JSON cannot hold"),
        ({"metadata": {1: "one"}}, r"metadata has the key 1 \(int\): metadata keys must be str"),
        (
            {"file_metadata": {"b.txt": {"deep": [{"x": object()}]}}},
            r"file_metadata\['b.txt'\]\['deep'\]\[0\]\['x'\] is of type object",
        ),
    ],
)
def test_metadata_that_cannot_be_sent_is_refused_before_anything_is(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, settings: dict[str, Any], problem: str
) -> None:
    c = make()
    collection_id = _collection(c)
    before = len(fake_h2ogpte.state.requests)
    with pytest.raises(H2OGPTEError, match=problem) as caught:
        c.run(c.client.upload_and_ingest(collection_id, FILES, **settings))
    assert "nothing was sent" in str(caught.value)
    assert fake_h2ogpte.state.requests[before:] == []


def test_a_refused_second_job_deletes_its_uploads_and_the_later_ones_and_names_the_first(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, monkeypatch: pytest.MonkeyPatch
) -> None:
    from h2ogpte_ext.testing._state import HANDLERS, Call, FakeError

    taken = HANDLERS["create_ingest_upload_job"]
    calls: list[str] = []

    async def second_refused(call: Call) -> Any:
        calls.append(call.path("upload_ids"))
        if len(calls) == 2:
            raise FakeError(400, "the server refused this job")
        return await taken(call)

    monkeypatch.setitem(HANDLERS, "create_ingest_upload_job", second_refused)
    c = make()
    collection_id = _collection(c)
    with pytest.raises(UploadError, match=r"starting the ingest job for 1 upload\(s\) failed") as caught:
        c.run(
            c.client.upload_and_ingest(
                collection_id, FILES, file_metadata={"a.txt": {"k": 1}, "b.txt": {"k": 2}, "c.txt": {"k": 3}}
            )
        )
    assert len(calls) == 2  # the third job was never asked for
    message = str(caught.value)
    assert "the 2 upload(s) already made were deleted" in message  # b.txt's and c.txt's
    assert "the ingest job(s) already started go on: " in message
    assert set(fake_h2ogpte.state.uploads) == {calls[0]}  # a.txt's, which its job (running) will ingest


def test_the_fake_keeps_the_metadata_of_every_kind_of_ingest(make: Callable[..., Either]) -> None:
    c = make()
    collection_id = _collection(c)
    text = c.run(
        c.client.ingest_text(collection_id, "hello", name="t.txt", metadata='{"kind": "text"}', poll_interval=0.01)
    )
    s3 = c.run(c.client.ingest_from_s3(collection_id, ["s3://b/q.pdf"], metadata={"kind": "s3"}, poll_interval=0.01))
    plain = c.run(c.client.ingest_text(collection_id, "no metadata", name="n.txt", poll_interval=0.01))
    assert _metadata_of(c, text.documents[0].id) == ({"kind": "text"}, {"kind": "text"})
    assert _metadata_of(c, s3.documents[0].id) == ({"kind": "s3"}, {"kind": "s3"})
    assert _metadata_of(c, plain.documents[0].id) == ({}, {})
