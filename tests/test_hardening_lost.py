"""Hardening: what the client must never lose or hang on, over real HTTP (the fake, or a test's own loopback
server for what the fake cannot be made to send): a finished answer and its session (1), the error of a block
whose clean-up fails (2), the caller's deadline (3), a job status or progress the client does not know (4), a
long stream (5) and a stream line whose error is null (6)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from h2ogpte_api.models import JobDetails
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from h2ogpte_ext import (
    APIStatusError,
    APITimeoutError,
    H2OGPTEError,
    IngestError,
    InternalServerError,
    JobError,
    NotFoundError,
    StreamError,
)
from h2ogpte_ext import _jobs as jobs_module
from h2ogpte_ext._async import _base as async_base
from h2ogpte_ext._sync import _base as sync_base
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.either import Either, client_of
from tests.raw import serving

META = "/api/v1/messages/*/meta"


def _elapsed(since: float) -> float:
    return time.monotonic() - since


# --- 1. a finished answer is never lost to what follows it -------------------------------------------------


def _run(c: Either, how: str) -> Any:
    """An agent run, three ways: run_agent, run_agent streamed, and stream_agent then result()."""
    if how != "stream_agent":
        return c.run(c.client.run_agent("Save the totals as 'totals.csv'", stream=how == "streamed"))
    if c.kind == "sync":
        with c.client.stream_agent("Save the totals as 'totals.csv'") as agent_stream:  # type: ignore[union-attr]
            for _ in agent_stream:
                pass
        return agent_stream.result()

    async def read() -> Any:
        agent_stream = await c.client.stream_agent("Save the totals as 'totals.csv'")  # type: ignore[misc]
        async with agent_stream:
            async for _ in agent_stream:
                pass
        return await agent_stream.result()

    return c.run(read())


FAILURES = {
    "503": {"status": 503},
    "404": {"status": 404},
    "timeout": {"latency": 4},
}


@pytest.mark.parametrize("how", ["plain", "streamed", "stream_agent"])
@pytest.mark.parametrize("failure", list(FAILURES))
def test_metadata_that_fails_after_the_agent_answered_keeps_the_answer_files_and_session(
    make: Callable[..., Either],
    fake_h2ogpte: FakeH2OGPTE,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
    how: str,
    failure: str,
) -> None:
    c = make(timeout=1.5, max_retries=0)
    fake_h2ogpte.faults.add(path=META, method="GET", times=-1, **FAILURES[failure])
    run = _run(c, how)
    assert "saved" in run.text and run.message_id and run.files == [] and run.usage == {}
    assert set(run.unfetched) == {"agent_files", "usage_stats"}
    expected = APITimeoutError if failure == "timeout" else NotFoundError if failure == "404" else InternalServerError
    assert all(isinstance(error, expected) for error in run.unfetched.values())
    assert len(run.warnings) == 2 and run.warnings[0].startswith("its agent_files could not be fetched: ")
    assert "agent_files metadata could not be fetched" in caplog.text
    # The session that holds the answer is kept, and the agent's files can still be had.
    assert run.session_id in fake_h2ogpte.state.sessions
    fake_h2ogpte.faults.clear()
    paths = c.run(c.client.download_agent_files(run, tmp_path))
    assert paths and all(path.exists() for path in paths)


def test_a_run_whose_metadata_all_came_has_nothing_unfetched(make: Callable[..., Either]) -> None:
    c = make()
    run = c.run(c.client.run_agent("Save the totals as 'totals.csv'"))
    assert run.files and run.usage and run.unfetched == {} and run.warnings == []


@pytest.mark.parametrize("raised", [ValueError("the callback broke"), KeyboardInterrupt()])
@pytest.mark.parametrize("what", ["ask", "run_agent"])
def test_a_failure_after_the_streamed_answer_finished_never_deletes_its_session(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, raised: BaseException, what: str
) -> None:
    c = make(max_retries=0)

    def on_delta(delta: Any) -> None:
        if delta.finished:  # the answer is whole on the server: whatever fails now must not lose it
            raise raised

    call = c.client.ask if what == "ask" else c.client.run_agent
    with pytest.raises(type(raised)) as caught:
        c.run(call("Hello", on_delta=on_delta))
    assert caught.value is raised
    (session,) = fake_h2ogpte.state.sessions
    assert fake_h2ogpte.state.conversation(session).messages[-1].get("reply_to")  # the answer is in it
    if sys.version_info >= (3, 11):
        assert any(f"chat session {session} is kept" in note for note in getattr(caught.value, "__notes__", []))


def test_a_failure_before_the_answer_still_deletes_the_session_made_for_it(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    c = make(max_retries=0)
    fake_h2ogpte.state.completion_failures.append("the model is overloaded")
    with pytest.raises(StreamError, match="the model is overloaded"):
        c.run(c.client.run_agent("Hello", stream=True))
    assert not fake_h2ogpte.state.sessions


# --- 2. a clean-up never replaces the block's own exception -------------------------------------------------


def _block(c: Either, manager: str, raised: BaseException | None) -> BaseException | None:
    """Run a block in `client.<manager>()` (sync or async) that raises `raised` (None: it succeeds), and return
    what came out of the context manager (None: nothing), caught where it came out (in the coroutine, before a
    task's end could turn a CancelledError into a new one)."""
    opened = getattr(c.client, manager)()
    if c.kind == "sync":
        try:
            with opened:
                if raised is not None:
                    raise raised
        except BaseException as error:
            return error
        return None

    async def body() -> BaseException | None:
        try:
            async with opened:
                if raised is not None:
                    raise raised
        except BaseException as error:
            return error
        return None

    return c.run(body())  # type: ignore[no-any-return]


# The DELETE each one's clean-up sends.
CLEAN_UPS = {
    "temporary_collection": "/api/v1/collections/*",
    "temporary_session": "/api/v1/chats/*",
    "chat_session": "/api/v1/chats/*",
}


def _raised(kind: str, name: str) -> BaseException:
    if name == "cancelled":
        return asyncio.CancelledError() if kind == "async" else KeyboardInterrupt()
    return {"KeyboardInterrupt": KeyboardInterrupt(), "ValueError": ValueError("the block's own")}[name]


@pytest.mark.parametrize("manager", list(CLEAN_UPS))
@pytest.mark.parametrize("name", ["ValueError", "KeyboardInterrupt", "cancelled"])
def test_the_blocks_exception_comes_out_unchanged_when_the_clean_up_fails(
    make: Callable[..., Either],
    fake_h2ogpte: FakeH2OGPTE,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    manager: str,
    name: str,
) -> None:
    for twin in (async_base, sync_base):
        monkeypatch.setattr(twin, "CLEAN_UP_TIMEOUT", 0.3)
    c = make(timeout=30)  # the client's own timeout and retries would hold the caller for minutes
    raised = _raised(c.kind, name)
    fake_h2ogpte.faults.add(path=CLEAN_UPS[manager], method="DELETE", status=503, times=1)
    fake_h2ogpte.faults.add(path=CLEAN_UPS[manager], method="DELETE", latency=3, times=-1)
    started = time.monotonic()
    came_out = _block(c, manager, raised)
    assert came_out is raised  # not an InternalServerError that `except H2OGPTEError` would swallow
    assert _elapsed(started) < 2.5  # tried once, briefly
    deletes = [r for r in fake_h2ogpte.state.requests if r.method == "DELETE"]
    assert len(deletes) == 1
    assert "could not delete" in caplog.text and "503" in caplog.text
    if sys.version_info >= (3, 11):
        (note,) = raised.__notes__
        assert note.startswith("could not delete ") and "InternalServerError: 503" in note


@pytest.mark.parametrize("manager", list(CLEAN_UPS))
def test_a_clean_up_that_works_after_a_failure_deletes_and_adds_no_note(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, manager: str
) -> None:
    c = make()
    raised = ValueError("the block's own")
    assert _block(c, manager, raised) is raised and not getattr(raised, "__notes__", [])
    assert not fake_h2ogpte.state.collections and not fake_h2ogpte.state.sessions


@pytest.mark.parametrize("manager", list(CLEAN_UPS))
def test_a_clean_up_that_fails_after_a_block_that_succeeded_raises(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, manager: str
) -> None:
    c = make(max_retries=0)
    fake_h2ogpte.faults.add(path=CLEAN_UPS[manager], method="DELETE", status=503, times=-1)
    came_out = _block(c, manager, None)
    assert isinstance(came_out, InternalServerError) and "503" in str(came_out)


# --- 3. a deadline bounds every request ------------------------------------------------------------------


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
        c.run(c.client.wait_for_job(job.id, poll_interval=0.01))
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


# --- 4. a job status or progress the client does not know ------------------------------------------------


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
        c.run(c.client.wait_for_job("job-1", poll_interval=0.01))


def test_a_response_that_does_not_parse_otherwise_is_still_an_error(kind: str) -> None:
    async def job(request: Request) -> Response:
        return JSONResponse({"id": "job-1", "overall_status": "queued"})  # most fields missing

    app = Starlette(routes=[Route("/api/v1/jobs/{job_id}", job)])
    with serving(app) as address, client_of(kind, address) as c, pytest.raises(H2OGPTEError, match="parse"):
        c.run(c.client.wait_for_job("job-1", deadline=5, poll_interval=0.01))
