"""What a type checker sees of `run_job`, the waiting form of every job-creating operation: the operation's own
arguments follow it and are checked as the operation's are (either of its forms: keywords or `body=`), and it
gives a `JobResult`, on both clients, with `waiting(...)` for the settings; and of `upload_and_ingest`'s
metadata. Checked by mypy --strict, never run."""

from __future__ import annotations

import sys
from collections.abc import Coroutine
from typing import Any

from h2ogpte_api.models import DeleteCollectionsJobRequest, DocumentSummary, JobDetails, ProcessDocumentJobRequest

from h2ogpte_ext import H2OGPTE, AsyncH2OGPTE, AsyncJobRunner, IngestResult, JobResult, JobRunner

if sys.version_info >= (3, 11):
    from typing import assert_type
else:
    from typing_extensions import assert_type


def sync_jobs(client: H2OGPTE) -> None:
    delete = client.collections.create_delete_collection_job
    assert_type(client.run_job(delete, collection_ids=["c1"]), JobResult)
    assert_type(client.run_job(delete, body=DeleteCollectionsJobRequest(["c1"])), JobResult)
    assert_type(client.run_job(delete, body={"collection_ids": ["c1"]}), JobResult)
    runner = assert_type(client.waiting(deadline=600, progress=True), JobRunner)
    assert_type(runner.run_job(delete, collection_ids=["c1"], request_timeout=5), JobResult)
    # A path parameter stays positional; query parameters and body fields are keyword arguments.
    imported = client.run_job(
        client.collections.create_import_collection_to_collection_job, "c1", source_collection_id="c2"
    )
    assert_type(imported.documents[0].name, str)
    processed = client.run_job(client.documents.create_process_document_job, document_id="d1", prompt_summary="Risks?")
    assert_type(processed.summary, DocumentSummary | None)
    assert_type(client.run_job(client.graph_rag.build_collection_graph, "c1").job, JobDetails)
    assert_type(
        client.run_job(client.document_ingestion.create_ingest_upload_job, ["u1"], collection_id="c1"), JobResult
    )
    # The ingest helper's metadata: one mapping for every file, and one per file name.
    ingested = client.upload_and_ingest("c1", ["a.pdf"], metadata={"team": "sales"}, file_metadata={"a.pdf": {}})
    assert_type(ingested, IngestResult)
    assert_type(ingested.jobs, list[JobDetails])


def sync_misuse(client: H2OGPTE) -> None:
    """Calls a type checker refuses (each ignore is an error of its own once the call is accepted)."""
    delete = client.collections.create_delete_collection_job
    # mypy names the operation (argument 1) as the one that does not fit the arguments given.
    client.run_job(delete, collection_ids=[1])  # type: ignore[arg-type]
    client.run_job(delete, collection_idz=["c1"])  # type: ignore[arg-type]
    client.run_job(delete)  # type: ignore[arg-type]
    client.run_job(delete, body={"collection_ids": ["c1"]}, collection_ids=["c1"])  # type: ignore[arg-type]
    # Not caught by mypy 2.4: a missing positional argument of an overloaded operation (the path parameter of
    # create_import_collection_to_collection_job); run_job raises TypeError for it before anything is sent.
    client.run_job(client.collections.get_collection, "c1")  # type: ignore[arg-type]  # answers no job
    client.run_job(client.collections.with_raw_response.create_delete_collection_job, collection_ids=["c1"])  # type: ignore[arg-type]
    client.waiting(progress="yes")  # type: ignore[arg-type]
    waited: JobDetails = client.run_job(delete, collection_ids=["c1"])  # type: ignore[assignment]  # a JobResult
    del waited
    client.upload_and_ingest("c1", ["a.pdf"], metadata=["team"])  # type: ignore[arg-type]
    client.upload_and_ingest("c1", ["a.pdf"], file_metadata={"a.pdf": "team"})  # type: ignore[dict-item]


async def async_jobs(client: AsyncH2OGPTE) -> None:
    delete = client.collections.create_delete_collection_job
    pending = assert_type(client.run_job(delete, collection_ids=["c1"]), Coroutine[Any, Any, JobResult])
    pending.close()
    assert_type(await client.run_job(delete, collection_ids=["c1"]), JobResult)
    assert_type(await client.run_job(delete, body={"collection_ids": ["c1"]}), JobResult)
    runner = assert_type(client.waiting(deadline=None, cancel_on_interrupt=True), AsyncJobRunner)
    processed = await runner.run_job(client.documents.create_process_document_job, body=ProcessDocumentJobRequest("d1"))
    assert_type(processed.summary, DocumentSummary | None)
    ingested = await client.upload_and_ingest("c1", ["a.pdf"], file_metadata={"a.pdf": {"quarter": "Q3"}})
    assert_type(ingested.documents[0].id, str)


async def async_misuse(client: AsyncH2OGPTE, sync_client: H2OGPTE) -> None:
    delete = client.collections.create_delete_collection_job
    await client.run_job(delete, collection_ids=[1])  # type: ignore[arg-type]
    waited: JobResult = client.run_job(delete, collection_ids=["c1"])  # type: ignore[assignment]  # not awaited
    del waited
    await client.run_job(sync_client.collections.create_delete_collection_job, collection_ids=["c1"])  # type: ignore[arg-type]
