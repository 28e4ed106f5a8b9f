"""Waiting for jobs: `client.wait_for_job`, sync and async, against the fake server (and a scripted server
for what the fake cannot be made to do)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from h2ogpte_api.models import JobDetails

from h2ogpte_ext import H2OGPTE, AsyncH2OGPTE, H2OGPTEError, JobError, JobResult
from h2ogpte_ext._async import jobs as async_jobs
from h2ogpte_ext._sync import jobs as sync_jobs
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.calls import call_arguments, ident, path_names
from tests.either import Either


def _ingest_job(c: Either) -> JobDetails:
    collection = c.run(c.client.collections.create_collection(name="jobs", description="d"))
    upload = c.run(c.client.document_ingestion.upload_file(file=_file(b"hello jobs")))
    job = c.run(c.client.document_ingestion.create_ingest_upload_job([upload.id], collection_id=collection.id))
    assert isinstance(job, JobDetails)
    return job


def _file(content: bytes) -> Any:
    import io

    from h2ogpte_api.types import File

    return File(payload=io.BytesIO(content), file_name="notes.txt")


def test_a_job_is_waited_for_until_it_completes(make: Callable[..., Either]) -> None:
    c = make()
    job = _ingest_job(c)
    assert job.overall_status == "in progress"
    done = c.run(c.client.wait_for_job(job, poll_interval=0.01))
    assert done.overall_status == "completed" and done.id == job.id
    # By id too.
    assert c.run(c.client.wait_for_job(job.id, poll_interval=0.01)).overall_status == "completed"


def test_a_failed_job_raises_with_the_servers_errors(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    c = make()
    fake_h2ogpte.state.ingest_failures.append("the PDF is encrypted")
    job = _ingest_job(c)
    with pytest.raises(JobError, match="failed: the PDF is encrypted") as caught:
        c.run(c.client.wait_for_job(job, poll_interval=0.01))
    assert caught.value.errors == ["the PDF is encrypted"]
    assert caught.value.status == "failed"


@pytest.mark.parametrize("settings", [{"poll_interval": 0}, {"poll_interval": -1}, {"deadline": -5}])
def test_bad_wait_settings_are_refused(make: Callable[..., Either], settings: dict[str, Any]) -> None:
    c = make()
    with pytest.raises(H2OGPTEError, match=r"poll_interval|deadline"):
        c.run(c.client.wait_for_job("job-1", **settings))


# --- a scripted server: a job that never ends ------------------------------------------------------------


def _running_job(job_id: str) -> dict[str, Any]:
    return {
        "id": job_id,
        "name": "Deleting",
        "overall_status": "in progress",
        "passed_percentage": 0.0,
        "failed_percentage": 0.0,
        "progress": 0.25,
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z",
        "kind": "DeleteCollectionsJob",
        "statuses": [],
        "errors": [],
        "duration": "1s",
        "duration_seconds": 1.0,
    }


class _Server:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(f"{request.method} {request.url.path}")
        job_id = request.url.path.split("/")[4]
        job = _running_job(job_id)
        if request.url.path.endswith("/cancel"):
            job.update(overall_status="canceled", cancel_reason="asked to")
        return httpx.Response(200, json=job)


def test_the_deadline_ends_the_wait_and_says_the_job_goes_on() -> None:
    server = _Server()
    with (
        H2OGPTE(
            address="http://h2ogpte.invalid",
            api_key="k",
            http_client=httpx.Client(transport=httpx.MockTransport(server)),
        ) as client,
        pytest.raises(JobError, match=r"did not finish within 0 s \(25% done; it goes on on the server\)"),
    ):
        client.wait_for_job("job-7", deadline=0, poll_interval=0.01)
    assert server.seen == ["GET /api/v1/jobs/job-7"]


def _interrupt(seconds: float) -> None:
    raise KeyboardInterrupt


async def _async_interrupt(seconds: float) -> None:
    raise KeyboardInterrupt


@pytest.mark.parametrize("cancel", [True, False])
def test_an_interruption_cancels_the_job_when_asked(monkeypatch: pytest.MonkeyPatch, cancel: bool) -> None:
    monkeypatch.setattr(sync_jobs, "sleep", _interrupt)
    monkeypatch.setattr(async_jobs, "sleep", _async_interrupt)
    expected = ["GET /api/v1/jobs/job-8", *(["POST /api/v1/jobs/job-8/cancel"] if cancel else [])]

    server = _Server()
    with (
        H2OGPTE(
            address="http://h2ogpte.invalid",
            api_key="k",
            http_client=httpx.Client(transport=httpx.MockTransport(server)),
        ) as client,
        pytest.raises(KeyboardInterrupt),
    ):
        client.wait_for_job("job-8", cancel_on_interrupt=cancel)
    assert server.seen == expected

    async def wait() -> None:
        transport = httpx.MockTransport(server)
        async with AsyncH2OGPTE(
            address="http://h2ogpte.invalid", api_key="k", http_client=httpx.AsyncClient(transport=transport)
        ) as client:
            await client.wait_for_job("job-8", cancel_on_interrupt=cancel)

    server.seen.clear()
    with pytest.raises(KeyboardInterrupt):
        asyncio.run(wait())
    assert server.seen == expected


# --- every job-creating operation ---------------------------------------------------------------------


def _job_operations() -> list[Any]:
    from tests.spec_tools import load_spec, operations

    not_creating = {"get_job", "cancel_job", "list_jobs", "list_user_jobs"}
    return [
        op
        for op in operations(load_spec())
        if op.operation_id not in not_creating
        and any("JobDetails" in str(r) for code, r in op.op["responses"].items() if str(code).startswith("2"))
    ]


JOB_OPERATIONS = _job_operations()


@pytest.mark.parametrize("op", JOB_OPERATIONS, ids=lambda op: op.operation_id)
def test_every_job_creating_operation_can_be_waited_for(fake_h2ogpte: FakeH2OGPTE, op: Any) -> None:
    # The arguments are built the way the parity tests build them, with the generator's naming rules (3.11+).
    pytest.importorskip("openapi_python_client", reason="the generator (3.11+) names the arguments")

    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key, max_retries=0) as client:
        # Real resources for the operation to act on.
        collection = client.collections.create_collection(name="jobs", description="d")
        other = client.collections.create_collection(name="other", description="d")
        document = client.ingest_text(collection.id, "text", name="a.txt", poll_interval=0.01).documents[0]
        upload = client.document_ingestion.upload_file(file=_file(b"upload"))
        session = client.chat.create_chat_session(collection_id=collection.id)
        extractor = client.extractors.create_extractor(name="e", description="d", llm="auto", schema="{}")
        real: dict[str, Any] = {
            "collection_id": collection.id,
            "source_collection_id": other.id,
            "document_id": document.id,
            "document_ids": [document.id],
            "upload_ids": [upload.id],
            "collection_ids": [other.id],
            "session_ids": [session.id],
            "extractor_id": extractor.id,
        }
        method = getattr(getattr(client, ident(op.tag)), ident(op.operation_id))
        args, kwargs, *_ = call_arguments(op, method)
        args = [real.get(name, value) for name, value in zip(path_names(op), args, strict=True)]
        kwargs = {name: real.get(name, value) for name, value in kwargs.items()}
        job = method(*args, **kwargs)
        assert isinstance(job, JobDetails)
        done = client.wait_for_job(job, poll_interval=0.01, deadline=30)
        assert done.id == job.id and done.overall_status == "completed"


def _produces(op: Any) -> str:
    """What `run_job` returns beside the job, read from the spec (not from the code under test): a summary
    where the request has a `summary_id`, an extractor's results for an extractor's run, the documents for an
    ingest, import or insert into a collection."""
    from tests.spec_tools import resolve

    content = (op.op.get("requestBody") or {}).get("content") or {}
    body = resolve(next(iter(content.values()))["schema"]) if content else {}
    names = {p["name"] for p in op.op.get("parameters", [])} | set(body.get("properties", {}))
    if "summary_id" in names:
        return "summary"
    if "extractor_id" in names:
        return "extractions"
    words = op.operation_id.split("_")
    return "documents" if {"ingest", "import", "insert"} & set(words) and "collection_id" in names else ""


@pytest.mark.parametrize("op", JOB_OPERATIONS, ids=lambda op: op.operation_id)
def test_every_job_creating_operation_runs_through_run_job(make: Callable[..., Either], op: Any) -> None:
    """`client.run_job(operation, ...)(arguments)`: the job started, waited for, and what it made."""
    pytest.importorskip("openapi_python_client", reason="the generator (3.11+) names the arguments")
    c = make()
    client = c.client
    collection = c.run(client.collections.create_collection(name="jobs", description="d"))
    other = c.run(client.collections.create_collection(name="other", description="d"))
    document = c.run(client.ingest_text(collection.id, "text", name="a.txt", poll_interval=0.01)).documents[0]
    upload = c.run(client.document_ingestion.upload_file(file=_file(b"upload")))
    session = c.run(client.chat.create_chat_session(collection_id=collection.id))
    extractor = c.run(client.extractors.create_extractor(name="e", description="d", llm="auto", schema="{}"))
    real: dict[str, Any] = {
        "collection_id": collection.id,
        "source_collection_id": other.id,
        "document_id": document.id,
        "document_ids": [document.id],
        "upload_ids": [upload.id],
        "collection_ids": [other.id],
        "session_ids": [session.id],
        "extractor_id": extractor.id,
    }
    method = getattr(getattr(client, ident(op.tag)), ident(op.operation_id))
    args, kwargs, *_ = call_arguments(op, method)
    args = [real.get(name, value) for name, value in zip(path_names(op), args, strict=True)]
    kwargs = {name: real.get(name, value) for name, value in kwargs.items()}
    before = {d.id for d in c.collect(client.collections.iter_documents_for_collection(collection.id))}

    result = c.run(client.waiting(deadline=30, poll_interval=0.01).run_job(method, *args, **kwargs))

    assert isinstance(result, JobResult)
    assert result.job.overall_status == "completed"
    assert result.produced == _produces(op)
    if result.produced == "documents":
        after = {d.id for d in c.collect(client.collections.iter_documents_for_collection(collection.id))}
        named = {document.id} if "document_id" in {*kwargs, *path_names(op)} else set()
        assert {d.id for d in result.documents} == (after - before) | (named & after)
    else:
        assert result.documents == []
    if result.produced == "summary":
        assert result.summary is not None and result.summary.document_id == document.id
    else:
        assert result.summary is None
    if result.produced != "extractions":
        assert result.extractions == []


def test_run_job_refuses_what_does_not_start_a_job(make: Callable[..., Either]) -> None:
    c = make()
    client = c.client
    with pytest.raises(H2OGPTEError, match=r"answering JobDetails\); get_collection answers Collection"):
        c.run(client.run_job(client.collections.get_collection, "c1"))  # type: ignore[arg-type]
    with pytest.raises(H2OGPTEError, match=r"takes an operation of the client's resources"):
        c.run(client.run_job(print))  # type: ignore[arg-type]
    with pytest.raises(H2OGPTEError, match=r"belongs to another client"):
        copy = client.with_options(max_retries=0)
        c.run(client.run_job(copy.collections.create_delete_collection_job, collection_ids=["c"]))  # type: ignore[arg-type]
    with pytest.raises(H2OGPTEError, match=r"deadline must be"):
        client.waiting(deadline=-1)
    with pytest.raises(H2OGPTEError, match=r"poll_interval must be"):
        client.waiting(poll_interval=0)


def test_run_job_checks_the_arguments_before_anything_is_sent(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    c = make()
    before = len(fake_h2ogpte.state.requests)
    with pytest.raises(TypeError):
        c.run(c.client.run_job(c.client.collections.create_delete_collection_job, collection_idz=["c"]))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="collection_id"):  # the path parameter, which mypy does not see missing
        importing: Any = c.client.collections.create_import_collection_to_collection_job  # sync or async
        c.run(c.client.run_job(importing, source_collection_id="c"))
    assert fake_h2ogpte.state.requests[before:] == []


def test_run_job_waits_with_a_deadline_and_raises_the_jobs_failure(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    c = make()
    runner = c.client.waiting(poll_interval=0.01, deadline=5)
    delete: Any = c.client.documents.create_delete_document_job  # sync or async: the runner's kind
    with pytest.raises(JobError, match=r"failed: document not found: nope"):
        c.run(runner.run_job(delete, document_ids=["nope"]))


def test_run_job_gives_a_summary_under_the_callers_id_or_one_of_its_own(make: Callable[..., Either]) -> None:
    from h2ogpte_api.models import ProcessDocumentJobRequest

    c = make()
    client = c.client
    collection = c.run(client.collections.create_collection(name="s", description="d"))
    document = c.run(client.ingest_text(collection.id, "text", name="a.txt", poll_interval=0.01)).documents[0]
    process: Any = client.documents.create_process_document_job  # sync or async: the runner's kind
    runner = client.waiting(poll_interval=0.01)
    mine = c.run(runner.run_job(process, document_id=document.id, summary_id="my-summary", prompt_summary="Risks?"))
    assert mine.summary is not None and mine.summary.id == "my-summary" and mine.summary.content.startswith("Risks?")
    as_model = c.run(runner.run_job(process, body=ProcessDocumentJobRequest(document_id=document.id)))
    as_mapping = c.run(runner.run_job(process, body={"document_id": document.id}))
    ids = {result.summary.id for result in (as_model, as_mapping) if result.summary is not None}
    assert len(ids) == 2 and "my-summary" not in ids


def test_the_job_creating_operations_are_all_covered(figures: list[str]) -> None:
    figures.append(
        f"wait_for_job and run_job: {len(JOB_OPERATIONS)} job-creating operations run and waited for against the fake"
    )
    assert len(JOB_OPERATIONS) >= 24


# --- the progress bar ------------------------------------------------------------------------------------


def test_the_progress_bar_reaches_100_percent_and_shows_percent_not_bytes(
    make: Callable[..., Either], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from h2ogpte_ext.testing import _jobs

    advance = _jobs.advance

    def without_progress(job: Any) -> None:  # a server that reports no progress for a completed job
        advance(job)
        if job.details["overall_status"] == "completed":
            job.details["progress"] = 0.0

    monkeypatch.setattr(_jobs, "advance", without_progress)
    c = make()
    job = _ingest_job(c)
    capsys.readouterr()
    done = c.run(c.client.wait_for_job(job, poll_interval=0.01, progress=True))
    assert done.overall_status == "completed" and done.progress == 0.0
    frames = [frame for frame in capsys.readouterr().err.split("\r") if "%" in frame]
    assert frames and f"job {job.id}: 100%|" in frames[-1]
    assert not [frame for frame in frames if "B/s" in frame or "/100" in frame or "%/s" in frame]


# --- the polling schedule and the final states -------------------------------------------------------------


@pytest.fixture
def job_sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits `wait_for_job` asks for between two polls, recorded instead of waited (both clients)."""
    waits: list[float] = []

    async def async_sleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(sync_jobs, "sleep", waits.append)
    monkeypatch.setattr(async_jobs, "sleep", async_sleep)
    return waits


def test_polling_backs_off_on_the_fake(make: Callable[..., Either], job_sleeps: list[float]) -> None:
    c = make()
    job = _ingest_job(c)
    # The fake's job takes two polls: queued -> running -> completed.
    assert c.run(c.client.wait_for_job(job, poll_interval=0.25)).overall_status == "completed"
    assert job_sleeps == [0.25, 0.5]


class _SlowJobServer:
    """A job that completes at its `polls`-th GET."""

    def __init__(self, polls: int) -> None:
        self.polls = polls
        self.seen = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen += 1
        job = _running_job(request.url.path.split("/")[4])
        if self.seen >= self.polls:
            job.update(overall_status="completed", progress=1.0)
        return httpx.Response(200, json=job)


def test_polling_doubles_its_interval_up_to_five_seconds(job_sleeps: list[float]) -> None:
    server = _SlowJobServer(polls=8)
    transport = httpx.MockTransport(server)
    with H2OGPTE(
        address="http://h2ogpte.invalid", api_key="k", http_client=httpx.Client(transport=transport)
    ) as client:
        assert client.wait_for_job("job-1").overall_status == "completed"
    assert job_sleeps == [0.5, 1.0, 2.0, 4.0, 5.0, 5.0, 5.0]

    async def wait() -> None:
        async with AsyncH2OGPTE(
            address="http://h2ogpte.invalid", api_key="k", http_client=httpx.AsyncClient(transport=transport)
        ) as client:
            await client.wait_for_job("job-1", poll_interval=0.1)

    server.seen = 0
    job_sleeps.clear()
    asyncio.run(wait())
    assert job_sleeps == [0.1, 0.2, 0.4, 0.8, 1.6, 3.2, 5.0]


def test_a_canceled_job_ends_the_wait_at_once(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    c = make()
    job = _ingest_job(c)
    c.run(c.client.jobs.cancel_job(job.id))
    before = len(fake_h2ogpte.state.requests)
    # Were "canceled" not a final state, this would poll until the deadline and say the job goes on.
    with pytest.raises(JobError, match=r"\) canceled: canceled by the user") as caught:
        c.run(c.client.wait_for_job(job.id, poll_interval=0.01, deadline=2))
    assert caught.value.status == "canceled"
    assert [(r.method, r.path) for r in fake_h2ogpte.state.requests[before:]] == [("GET", f"/api/v1/jobs/{job.id}")]


def test_no_waiting_helper_waits_forever_by_default() -> None:
    """Every helper that waits takes a `deadline`, and its default is finite (an hour for jobs, ten minutes for
    ingests): a wait with no deadline at all is asked for (`deadline=None`), never the default."""
    import inspect

    from h2ogpte_ext import H2OGPTE, AsyncH2OGPTE
    from h2ogpte_ext._jobs import INGEST_DEADLINE, JOB_DEADLINE

    defaults = {
        (cls.__name__, name): inspect.signature(method).parameters["deadline"].default
        for cls in (H2OGPTE, AsyncH2OGPTE)
        for name, method in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_") and "deadline" in inspect.signature(method).parameters
    }
    assert len(defaults) >= 2 * 11  # wait_for_job, process_document, 3 delete_*, 6 ingests, each sync and async
    assert {value for (_, name), value in defaults.items() if "ingest" in name} == {INGEST_DEADLINE}
    assert {value for (_, name), value in defaults.items() if "ingest" not in name} == {JOB_DEADLINE}
    assert (JOB_DEADLINE, INGEST_DEADLINE) == (3600.0, 600.0)
