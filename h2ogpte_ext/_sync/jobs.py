# Written by scripts/unasync_twins.py from h2ogpte_ext/_async/jobs.py: edit that file, not this one.
"""Waiting for any of the server's jobs (ingest, process, delete, import, ...)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, ParamSpec, cast

from h2ogpte_api.models import JobDetails

from h2ogpte_ext._errors import APIResponseValidationError, H2OGPTEError
from h2ogpte_ext._files import progress_bar
from h2ogpte_ext._jobs import JOB_DEADLINE, JobCall, JobPlan, JobPoll, JobResult, progress_of, tolerated_job
from h2ogpte_ext._needs import offers, require
from h2ogpte_ext._sync._base import CLEAN_UP_TIMEOUT, ClientBase
from h2ogpte_ext._sync._io import Interrupts, sleep
from h2ogpte_ext._sync._io import Result as _Result

log = logging.getLogger("h2ogpte_ext")

_P = ParamSpec("_P")


class JobsMixin(ClientBase):
    """`H2OGPTE.wait_for_job` and `run_job`."""

    def run_job(
        self, operation: Callable[_P, _Result[JobDetails]], /, *args: _P.args, **kwargs: _P.kwargs
    ) -> JobResult:
        """Start a job with any job-creating operation, wait for it and return a `JobResult`: the final
        `JobDetails` and what the job made where the API lets a client know it. The operation's own arguments
        follow it, checked by a type checker as the operation's are (either of its forms). It waits as
        `wait_for_job` does with its defaults (an hour, no progress bar); `waiting(deadline=..., progress=...)`
        sets those.

            result = client.run_job(client.collections.create_delete_collection_job, collection_ids=[c.id])
            summary = (client.run_job(client.documents.create_process_document_job, document_id=d.id)).summary

        See `JobRunner.run_job` for what a job made and the errors.
        """
        return self.waiting().run_job(operation, *args, **kwargs)

    def waiting(
        self,
        *,
        deadline: float | None = JOB_DEADLINE,
        poll_interval: float = 0.5,
        progress: bool = False,
        cancel_on_interrupt: bool = False,
    ) -> JobRunner:
        """`run_job` with these waiting settings (those of `wait_for_job`), checked here:

        client.waiting(deadline=600, progress=True).run_job(
            client.collections.create_delete_collection_job, collection_ids=[collection.id]
        )
        """
        return JobRunner(self, deadline, poll_interval, progress, cancel_on_interrupt)

    def wait_for_job(
        self,
        job: JobDetails | str,
        *,
        deadline: float | None = JOB_DEADLINE,
        poll_interval: float = 0.5,
        progress: bool = False,
        cancel_on_interrupt: bool = False,
    ) -> JobDetails:
        """Wait until a job completes, polling with backoff, and return its final `JobDetails`.

            job = client.collections.create_delete_collection_job(collection_ids=[collection.id])
            client.wait_for_job(job, deadline=600, progress=True)

        `job` is what a job-creating operation returned, or its id. Raises `JobError` (with the server's
        `.errors`) if the job fails or is canceled, or is still running after `deadline` seconds (an hour by
        default; None: as long as it runs). The deadline bounds every request: each poll gets at most the time
        left (connect, read, write and pool timeouts) and is sent once, a poll that fails for a reason that may
        pass (a timeout, a dropped connection, a status the client's `retry` policy retries) is sent again on
        the schedule, and when the deadline passes the `JobError` names the job and its last known status. A
        status this client does not know counts as running (named in that error; without a deadline, for at most
        10 minutes); a null progress is unknown. `progress=True` shows a bar from the job's own progress. With
        `cancel_on_interrupt=True`, Ctrl-C (or cancelling the task) also cancels the job on the server (asked
        once, within 5 s).
        """
        require("wait_for_job")
        job_id = job if isinstance(job, str) else job.id
        poll = JobPoll(job_id, deadline, poll_interval, self.retry)
        with progress_bar(progress, 100, f"job {job_id}", percent=True) as bar:
            shown = 0
            try:
                details = job if isinstance(job, JobDetails) else self._poll_job(poll)
                while True:
                    if details is None:  # the poll failed, and the deadline leaves time for another
                        poll.expired()
                    else:
                        fraction = progress_of(details)
                        if fraction is not None:
                            done = round(fraction * 100)
                            bar.update(max(0, done - shown))
                            shown = max(shown, done)
                        if poll.finished(details):
                            bar.update(100 - shown)  # completed is 100 %, whatever progress the server reports
                            return details
                    sleep(poll.next_delay())
                    details = self._poll_job(poll)
            except Interrupts:
                if cancel_on_interrupt:
                    try:
                        self.jobs.cancel_job(job_id, request_timeout=CLEAN_UP_TIMEOUT, max_retries=0)
                    except H2OGPTEError as error:
                        log.warning("could not cancel job %s after the interruption: %s", job_id, error)
                    else:
                        log.info("canceled job %s after the interruption", job_id)
                raise

    def _poll_job(self, poll: JobPoll) -> JobDetails | None:
        """The job's details, within what the deadline leaves; None for a failed poll the wait survives."""
        try:
            return self.jobs.get_job(poll.job_id, **poll.request_options(self._http.timeout))
        except APIResponseValidationError as error:
            details = tolerated_job(error.body)  # a null progress is still an answer
            if details is None:
                raise
            return details
        except H2OGPTEError as error:
            poll.failed(error)
            return None


class JobRunner:
    """Runs job-creating operations through one client and waits for their jobs with the settings of
    `client.waiting(...)` (`deadline`, `poll_interval`, `progress`, `cancel_on_interrupt`)."""

    def __init__(
        self,
        client: JobsMixin,
        deadline: float | None,
        poll_interval: float,
        progress: bool,
        cancel_on_interrupt: bool,
    ) -> None:
        JobPoll("", deadline, poll_interval, client.retry)  # the settings, checked before any job is started
        self._client = client
        self.deadline: float | None = deadline
        self.poll_interval: float = poll_interval
        self.progress: bool = progress
        self.cancel_on_interrupt: bool = cancel_on_interrupt

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(deadline={self.deadline!r}, poll_interval={self.poll_interval!r}, "
            f"progress={self.progress!r}, cancel_on_interrupt={self.cancel_on_interrupt!r})"
        )

    def run_job(
        self, operation: Callable[_P, _Result[JobDetails]], /, *args: _P.args, **kwargs: _P.kwargs
    ) -> JobResult:
        """Start a job with `operation` (a job-creating method of the client's resources, such as
        `client.collections.create_delete_collection_job`) called with the arguments that follow it, wait for
        the job, and return a `JobResult`.

            runner = client.waiting(deadline=600, progress=True)
            result = runner.run_job(client.documents.create_process_document_job, document_id=doc.id)
            print(result.summary.content if result.summary else result.job.overall_status)

        What a job made (`JobResult.produced` names the field): for an operation that ingests, imports or
        inserts into a collection (`collection_id`), the documents there after the job that were not before,
        and the document the call names (`document_id`) if it is there (`documents`; the API links no document
        to its job, so another ingest into that collection at the same time would count too); for one that
        writes a document summary, that `DocumentSummary` (`summary`; a `summary_id` is asked for when the
        call gives none); for an extractor's run, the results the extractor lists for that job
        (`extractions`). For the rest (deletes, migrations, thumbnails, graph builds, clean-ups) nothing beyond
        the job: `produced` is "". Raises `JobError` as `wait_for_job` does; an operation that does not start a
        job, or that belongs to another client, is an `H2OGPTEError`, and arguments the operation does not
        take a `TypeError`, both before anything is sent.
        """
        require("run_job")
        client = self._client
        plan = JobPlan.of(operation, getattr(client.jobs, "_requester", None))
        call = plan.call(operation, args, kwargs)
        collection_id = plan.text(call, "collection_id") if plan.produces == "documents" else None
        known: set[str] = set()
        if collection_id is not None:
            known = {d.id for d in client.collections.iter_documents_for_collection(collection_id)}
        job = cast(Callable[..., _Result[JobDetails]], operation)(*call.args, **call.kwargs)
        done = client.wait_for_job(
            job,
            deadline=self.deadline,
            poll_interval=self.poll_interval,
            progress=self.progress,
            cancel_on_interrupt=self.cancel_on_interrupt,
        )
        return self._made_by(plan, call, done, collection_id, known)

    def _made_by(
        self, plan: JobPlan, call: JobCall, job: JobDetails, collection_id: str | None, known: set[str]
    ) -> JobResult:
        """What the completed `job` made, as `plan` says the API lets us know it."""
        client = self._client
        if collection_id is not None:
            named = plan.text(call, "document_id")
            after = [d for d in client.collections.iter_documents_for_collection(collection_id)]
            return JobResult(job, "documents", documents=[d for d in after if d.id not in known or d.id == named])
        summary_id = plan.text(call, "summary_id")
        if plan.produces == "summary" and summary_id is not None:
            return JobResult(job, "summary", summary=client.documents.get_document_summary(summary_id))
        extractor_id = plan.text(call, "extractor_id")
        if plan.produces == "extractions" and extractor_id is not None and offers("extractors.list_extractor_results"):
            found: list[Any] = [r for r in client.extractors.iter_extractor_results(extractor_id, job_id=job.id)]
            return JobResult(job, "extractions", extractions=found)
        return JobResult(job)
