"""Waiting for jobs: `client.wait_for_job`, sync and async, against the fake server (and a scripted server
for what the fake cannot be made to do): the deadline bounds every poll, and a status or progress the client
does not know is no error."""

from __future__ import annotations

import asyncio
import importlib
import os
import pkgutil
import subprocess
import sys
import time
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from h2ogpte_api.models import JobDetails
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from h2ogpte_ext import (
    H2OGPTE,
    APIStatusError,
    AsyncH2OGPTE,
    H2OGPTEError,
    IngestError,
    InternalServerError,
    JobError,
    JobResult,
)
from h2ogpte_ext import _jobs as jobs_module
from h2ogpte_ext._async import jobs as async_jobs
from h2ogpte_ext._sync import jobs as sync_jobs
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.calls import call_arguments, ident, path_names
from tests.common import _elapsed
from tests.either import Either, client_of
from tests.in_spec import has
from tests.job_servers import _Server, _SlowJobServer
from tests.raw import serving


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


@pytest.mark.e2e
def test_a_job_is_waited_for_until_it_completes(make: Callable[..., Either]) -> None:
    c = make()
    job = _ingest_job(c)
    assert job.overall_status == "in progress"
    done = c.run(c.client.wait_for_job(job, poll_interval=0.01))
    assert done.overall_status == "completed" and done.id == job.id
    # By id too.
    assert c.run(c.client.wait_for_job(job.id, poll_interval=0.01)).overall_status == "completed"


@pytest.mark.e2e
def test_a_failed_job_raises_with_the_servers_errors(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    c = make()
    fake_h2ogpte.state.ingest_failures.append("the PDF is encrypted")
    job = _ingest_job(c)
    with pytest.raises(JobError, match="failed: the PDF is encrypted") as caught:
        c.run(c.client.wait_for_job(job, poll_interval=0.01))
    assert caught.value.errors == ["the PDF is encrypted"]
    assert caught.value.status == "failed"


@pytest.mark.e2e
@pytest.mark.parametrize("settings", [{"poll_interval": 0}, {"poll_interval": -1}, {"deadline": -5}])
def test_bad_wait_settings_are_refused(make: Callable[..., Either], settings: dict[str, Any]) -> None:
    c = make()
    with pytest.raises(H2OGPTEError, match=r"poll_interval|deadline"):
        c.run(c.client.wait_for_job("job-1", **settings))


# --- a scripted server: a job that never ends ------------------------------------------------------------


@pytest.mark.e2e
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


@pytest.mark.e2e
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


@pytest.mark.e2e
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


@pytest.mark.e2e
def test_the_job_creating_operations_are_all_covered(figures: list[str]) -> None:
    figures.append(
        f"wait_for_job and run_job: {len(JOB_OPERATIONS)} job-creating operations run and waited for against the fake"
    )
    # Read from the spec above; here from the generated package: every operation whose success is a JobDetails.
    import h2ogpte_api.api

    returning_jobs = set()
    for tag in pkgutil.iter_modules(h2ogpte_api.api.__path__):
        package = importlib.import_module(f"h2ogpte_api.api.{tag.name}")
        for operation in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{operation.name}")
            returned = typing.get_type_hints(module.sync)["return"]
            if JobDetails in {returned, *typing.get_args(returned)}:
                returning_jobs.add(operation.name)
    not_creating = {"get_job", "cancel_job", "list_jobs", "list_user_jobs"}
    assert sorted(ident(op.operation_id) for op in JOB_OPERATIONS) == sorted(returning_jobs - not_creating)


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


# --- the progress bar ------------------------------------------------------------------------------------


@pytest.mark.e2e
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


@pytest.mark.e2e
def test_polling_backs_off_on_the_fake(make: Callable[..., Either], job_sleeps: list[float]) -> None:
    c = make()
    job = _ingest_job(c)
    # The fake's job takes two polls: queued -> running -> completed.
    assert c.run(c.client.wait_for_job(job, poll_interval=0.25)).overall_status == "completed"
    assert job_sleeps == [0.25, 0.5]


@pytest.mark.e2e
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


@pytest.mark.e2e
def test_a_canceled_job_ends_the_wait_at_once(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    c = make()
    job = _ingest_job(c)
    c.run(c.client.jobs.cancel_job(job.id))
    before = len(fake_h2ogpte.state.requests)
    # Were "canceled" not a final state, this would poll until the deadline and say the job goes on.
    # The fake's reason, where the spec's JobDetails carries one (1.7.5's cancel_reason).
    reason = "canceled by the user" if has("JobDetails.cancel_reason") else "no reason given"
    with pytest.raises(JobError, match=rf"\) canceled: {reason}") as caught:
        c.run(c.client.wait_for_job(job.id, poll_interval=0.01, deadline=2))
    assert caught.value.status == "canceled"
    assert [(r.method, r.path) for r in fake_h2ogpte.state.requests[before:]] == [("GET", f"/api/v1/jobs/{job.id}")]


# --- a deadline bounds every request ------------------------------------------------------------------------


def _running_job(c: Either) -> JobDetails:
    collection = c.run(c.client.collections.create_collection(name="deadline", description="d"))
    job = c.run(c.client.collections.create_delete_collection_job(collection_ids=[collection.id]))
    assert isinstance(job, JobDetails) and job.overall_status == "in progress"
    return job


STALL = {"path": "/api/v1/jobs/*", "method": "GET", "latency": 30, "times": -1}


@pytest.mark.parametrize("given", ["details", "id"])
def test_a_stalled_poll_ends_at_the_deadline_with_a_job_error(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, given: str
) -> None:
    c = make()  # the defaults: a 600 s read timeout, 2 retries
    job = _running_job(c)
    fake_h2ogpte.faults.add(**STALL)
    started = time.monotonic()
    with pytest.raises(JobError, match=f"job {job.id}.* did not finish within 1 s") as caught:
        c.run(c.client.wait_for_job(job if given == "details" else job.id, deadline=1, poll_interval=0.05))
    assert _elapsed(started) < 10  # ~1 s: each poll had at most the time left, and no retries past it
    assert caught.value.job_id == job.id
    message = str(caught.value)
    assert "the last poll failed: request timed out" in message
    if given == "details":
        assert "last status: 'in progress'" in message and caught.value.status == "in progress"
    else:
        assert "no poll answered, so its status is unknown" in message
        assert caught.value.job is None and caught.value.status is None


def test_an_ingest_whose_poll_stalls_ends_at_its_deadline(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    c = make()
    collection = c.run(c.client.collections.create_collection(name="ingest", description="d"))
    fake_h2ogpte.faults.add(**STALL)
    started = time.monotonic()
    with pytest.raises(IngestError, match=r"did not finish within 1 s.*last status: 'in progress'"):
        c.run(c.client.ingest_text(collection.id, "Q3 sales were 42.", name="q3.txt", deadline=1, poll_interval=0.05))
    assert _elapsed(started) < 10


def test_a_poll_that_fails_for_a_while_is_sent_again_within_the_deadline(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    c = make(max_retries=0)
    job = _running_job(c)
    fake_h2ogpte.faults.add(path="/api/v1/jobs/*", method="GET", status=503, times=2)
    done = c.run(c.client.wait_for_job(job.id, deadline=30, poll_interval=0.01))
    assert done.overall_status == "completed"
    # Without a deadline, a poll that fails (after the client's retries) still raises.
    job = _running_job(c)
    fake_h2ogpte.faults.add(path="/api/v1/jobs/*", method="GET", status=503, times=1)
    with pytest.raises(InternalServerError):
        c.run(c.client.wait_for_job(job.id, deadline=None, poll_interval=0.01))
    # And a failure that sending again cannot cure ends the wait at once, deadline or not.
    started = time.monotonic()
    with pytest.raises(APIStatusError, match="job 'no-such-job' not found") as caught:
        c.run(c.client.wait_for_job("no-such-job", deadline=30, poll_interval=0.01))
    assert caught.value.status_code < 500 and _elapsed(started) < 5


def test_jobs_wait_deadline_ends_a_stalled_wait(fake_h2ogpte: FakeH2OGPTE) -> None:
    c = Either("sync", address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key)
    try:
        job = _running_job(c)
    finally:
        c.close()
    fake_h2ogpte.faults.add(**STALL)
    script = str(Path(sys.executable).with_name("h2ogpte-ext"))
    env = {"H2OGPTE_ADDRESS": fake_h2ogpte.url, "H2OGPTE_API_KEY": fake_h2ogpte.api_key, "PATH": "/usr/bin:/bin"}
    env |= {k: v for k, v in os.environ.items() if k in ("PYTHONPATH", "HOME", "SYSTEMROOT")}
    started = time.monotonic()
    done = subprocess.run(
        [script, "jobs", "wait", job.id, "--deadline", "1"], capture_output=True, text=True, env=env, timeout=60
    )
    assert _elapsed(started) < 15  # the command's own start-up included
    assert done.returncode == 1 and f"job {job.id} did not finish within 1 s" in done.stderr


# --- a job status or progress the client does not know ------------------------------------------------------


def _job(job_id: str, status: str, progress: Any) -> dict[str, Any]:
    return {
        "id": job_id,
        "name": "Ingesting",
        "overall_status": status,
        "passed_percentage": 0.0,
        "failed_percentage": 0.0,
        "progress": progress,
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z",
        "kind": "IngestUploadsJob",
        "statuses": [],
        "errors": [],
        "duration": "1s",
        "duration_seconds": 1.0,
    }


def _job_server(answers: list[tuple[str, Any]]) -> Starlette:
    """A server whose job answers each poll with the next (status, progress), the last one for ever after."""
    polls: list[int] = []

    async def job(request: Request) -> Response:
        polls.append(1)
        status, progress = answers[min(len(polls), len(answers)) - 1]
        return JSONResponse(_job(request.path_params["job_id"], status, progress))

    return Starlette(routes=[Route("/api/v1/jobs/{job_id}", job)])


def test_a_null_progress_is_unknown_not_a_type_error(kind: str) -> None:
    answers = [("in progress", None), ("in progress", 0.5), ("in progress", None), ("completed", None)]
    with serving(_job_server(answers)) as address, client_of(kind, address) as c:
        done = c.run(c.client.wait_for_job("job-1", poll_interval=0.01, progress=True))
    assert done.overall_status == "completed" and done.progress is None


def test_a_null_progress_at_the_deadline_is_named_as_unknown(kind: str) -> None:
    expected = pytest.raises(JobError, match=r"did not finish within 0.2 s \(progress unknown; it goes on")
    with serving(_job_server([("in progress", None)])) as address, client_of(kind, address) as c, expected:
        c.run(c.client.wait_for_job("job-1", deadline=0.2, poll_interval=0.01))


def test_an_unknown_status_counts_as_running_until_the_job_completes(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    answers = [("queued", 0.0), ("queued", 0.0), ("in progress", 0.5), ("completed", 1.0)]
    with serving(_job_server(answers)) as address, client_of(kind, address) as c:
        done = c.run(c.client.wait_for_job("job-1", poll_interval=0.01))
    assert done.overall_status == "completed"
    assert "has the status 'queued', which this client does not know" in caplog.text


def test_an_unknown_status_is_named_when_the_deadline_passes(kind: str) -> None:
    with serving(_job_server([("paused", 0.25)])) as address, client_of(kind, address) as c:
        started = time.monotonic()
        with pytest.raises(JobError, match="last status: 'paused', a status this client does not know") as caught:
            c.run(c.client.wait_for_job("job-1", deadline=1, poll_interval=0.05))
    assert _elapsed(started) < 10
    assert caught.value.status == "paused" and caught.value.job is not None
    assert caught.value.job.to_dict()["overall_status"] == "paused"  # as the server sent it


def test_an_unknown_status_without_a_deadline_does_not_poll_for_ever(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(jobs_module, "UNKNOWN_STATUS_WAIT", 0.3)
    expected = pytest.raises(JobError, match=r"has had the status 'succeeded', which this client does not know")
    with serving(_job_server([("succeeded", 1.0)])) as address, client_of(kind, address) as c, expected:
        c.run(c.client.wait_for_job("job-1", deadline=None, poll_interval=0.01))


def test_a_response_that_does_not_parse_otherwise_is_still_an_error(kind: str) -> None:
    async def job(request: Request) -> Response:
        return JSONResponse({"id": "job-1", "overall_status": "queued"})  # most fields missing

    app = Starlette(routes=[Route("/api/v1/jobs/{job_id}", job)])
    with serving(app) as address, client_of(kind, address) as c, pytest.raises(H2OGPTEError, match="parse"):
        c.run(c.client.wait_for_job("job-1", deadline=5, poll_interval=0.01))


@pytest.mark.e2e
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
