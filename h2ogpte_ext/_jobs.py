"""Waiting for a server job, decided without I/O: when to poll again, when to stop, what each poll may take, and
what a failure says."""

from __future__ import annotations

import inspect
import json
import logging
import math
import re
import time
import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal

import attrs
import httpx
from attrs import define, field
from h2ogpte_api.errors import PARSE_ERRORS
from h2ogpte_api.models import JobDetails
from h2ogpte_api.types import Unset

if TYPE_CHECKING:
    from h2ogpte_api.models import Document, DocumentExtractionResult, DocumentSummary

from h2ogpte_ext._errors import APIConnectionError, APIStatusError, H2OGPTEError, JobError
from h2ogpte_ext._retry import RetryPolicy

log = logging.getLogger("h2ogpte_ext")

FINAL = frozenset({"completed", "failed", "canceled"})
# Every overall status this client knows; a server may answer others (a newer one's "queued", say).
KNOWN = FINAL | {"in progress"}
# No wait is endless by default (`deadline=None` asks for one): a job-waiting helper gives up after an hour, an
# ingest after ten minutes, each with a `JobError` naming the job and its last status.
JOB_DEADLINE = 3600.0
INGEST_DEADLINE = 600.0
# The slowest the polling gets: a finished job is noticed within this many seconds.
MAX_POLL_INTERVAL = 5.0
# Without a deadline, a status this client does not know counts as running for at most this many seconds: it may
# be a final state by another name, which would never become "completed". With a deadline, the deadline decides.
UNKNOWN_STATUS_WAIT = 600.0
# The least time a poll is given, even at the deadline: `deadline=0` still looks at the job once.
MIN_POLL_TIMEOUT = 0.1


def progress_of(job: JobDetails) -> float | None:
    """The job's progress as a fraction from 0 to 1, or None when the server reports none (null, not a number)."""
    value: Any = job.progress
    return min(1.0, max(0.0, float(value))) if _number(value) else None


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def tolerated_job(body: Any) -> JobDetails | None:
    """The `JobDetails` of a poll's answer (`body`, its text) that failed to parse only for what a wait can do
    without: a `progress` that is null (or missing, or not a number), kept as the server sent it (a missing one
    as None); None for any other failure. (An `overall_status` this client does not know parses: the model keeps
    it as an `UnknownEnumValue`, which a wait reads through `KNOWN`.)"""
    if not isinstance(body, str):
        return None
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    progress = data.get("progress")
    if _number(progress):
        return None  # the failure is elsewhere
    try:
        job = JobDetails.from_dict({**data, "progress": 0.0})
    except PARSE_ERRORS:
        return None
    # The server's own value, outside the spec's type: a wait reads it through `progress_of`.
    job.progress = progress  # type: ignore[assignment]
    return job


def check_deadline(deadline: float | None) -> None:
    """Refuse a deadline that is not a number of seconds >= 0 (None: as long as the job runs)."""
    if deadline is not None and (
        not isinstance(deadline, (int, float)) or isinstance(deadline, bool) or not 0 <= deadline < math.inf
    ):
        raise H2OGPTEError(
            f"deadline must be a number of seconds >= 0, or None to wait as long as it runs, not {deadline!r}"
        )


class Deadline:
    """One deadline shared by several waits in turn: each is given what is left of it (None: no deadline)."""

    def __init__(self, seconds: float | None) -> None:
        check_deadline(seconds)
        self._ends = None if seconds is None else time.monotonic() + seconds

    def left(self) -> float | None:
        """Seconds left (0 once passed), None without a deadline."""
        return None if self._ends is None else max(0.0, self._ends - time.monotonic())


def passing(error: H2OGPTEError, policy: RetryPolicy) -> bool:
    """Whether a failed poll may succeed if sent again: no (complete) answer, or a status the retries take."""
    if isinstance(error, APIConnectionError):
        return True
    if isinstance(error, APIStatusError):
        return policy.retries_status(error.status_code)
    return False


class JobPoll:
    """The polling of one job: backoff from `poll_interval` doubling to 5 s, within `deadline`.

    With a deadline, every poll gets at most the time left (each part of its timeout) and is sent once; a poll
    that fails for a reason that may pass (a timeout, a dropped connection, a status `policy` retries) is sent
    again at the next turn of the schedule, and when the deadline passes the wait ends with a `JobError` naming the job
    and its last known status. Without one, each poll has the client's timeout and retries.
    """

    def __init__(self, job_id: str, deadline: float | None, poll_interval: float, policy: RetryPolicy) -> None:
        if not isinstance(poll_interval, (int, float)) or not 0 < poll_interval < math.inf:
            raise H2OGPTEError(f"poll_interval must be a positive number of seconds, not {poll_interval!r}")
        check_deadline(deadline)
        self.job_id = job_id
        self.policy = policy
        self.deadline = deadline
        self._ends = None if deadline is None else time.monotonic() + deadline
        self._interval = float(poll_interval)
        self.last: JobDetails | None = None  # the last answer
        self.last_error: H2OGPTEError | None = None  # the failure of the last poll, if it failed
        self._wanted = 0.0  # the server's Retry-After on the last poll
        self._unknown_since: float | None = None  # when the status became one this client does not know

    def left(self) -> float | None:
        """Seconds until the deadline (0 once it has passed), None without one."""
        return None if self._ends is None else max(0.0, self._ends - time.monotonic())

    def request_options(self, timeout: httpx.Timeout) -> dict[str, Any]:
        """The per-call options of a poll: with a deadline, `timeout` cut to the time left in each part (at least
        MIN_POLL_TIMEOUT) and no retries (the schedule retries, within the deadline); none without one."""
        left = self.left()
        if left is None:
            return {}
        most = max(left, MIN_POLL_TIMEOUT)

        def cut(seconds: float | None) -> float:
            return most if seconds is None else min(seconds, most)

        bounded = httpx.Timeout(
            connect=cut(timeout.connect), read=cut(timeout.read), write=cut(timeout.write), pool=cut(timeout.pool)
        )
        return {"request_timeout": bounded, "max_retries": 0}

    def failed(self, error: H2OGPTEError) -> None:
        """Take a poll that failed: re-raised unless a deadline bounds the wait and it may pass, else kept for the
        timeout's message; the wait then goes on (`expired()` ends it)."""
        if self._ends is None or not passing(error, self.policy):
            raise error
        self.last_error = error
        wanted = error.retry_after if isinstance(error, APIStatusError) else None
        self._wanted = wanted if wanted is not None and wanted > 0 else 0.0
        log.debug("job %s: a poll failed (%s); polling again within the deadline", self.job_id, error)

    def finished(self, job: JobDetails) -> bool:
        """Take a poll's answer: True once the job completed; raises `JobError` if it failed or was canceled, ran
        out of time, or stayed in a status this client does not know for too long."""
        self.last, self.last_error, self._wanted = job, None, 0.0
        status = job.overall_status
        if status == "completed":
            return True
        if status in FINAL:
            # `cancel_reason` is not in every server's JobDetails (1.7.0 has none): read only where it is.
            cancelled: Any = getattr(job, "cancel_reason", None)
            reasons = "; ".join(job.errors or []) or (cancelled if isinstance(cancelled, str) else "")
            raise JobError(f"job {job.id} ({job.kind}) {status}: {reasons or 'no reason given'}", job)
        self._check_unknown(job, status)
        self.expired()
        return False

    def _check_unknown(self, job: JobDetails, status: str) -> None:
        if status in KNOWN:
            self._unknown_since = None
            return
        now = time.monotonic()
        if self._unknown_since is None:
            self._unknown_since = now
            log.warning(
                "job %s (%s) has the status %r, which this client does not know: it counts as still running",
                job.id,
                job.kind,
                status,
            )
        if self._ends is None and now - self._unknown_since >= UNKNOWN_STATUS_WAIT:
            raise JobError(
                f"job {job.id} ({job.kind}) has had the status {status!r}, which this client does not know, for "
                f"{UNKNOWN_STATUS_WAIT:g} s: it may have ended under another name (pass deadline= to wait longer)",
                job,
            )

    def expired(self) -> None:
        """Raise the deadline's `JobError` if it has passed: the job, its last known status and progress, and
        the last poll's failure (also its `__cause__`)."""
        if self._ends is None or time.monotonic() < self._ends:
            return
        assert self.deadline is not None
        job = self.last
        if job is None:
            where = (
                f"job {self.job_id} did not finish within {self.deadline:.3g} s (no poll answered, so its status is "
                "unknown; it may go on on the server)"
            )
        else:
            progress = progress_of(job)
            done = "progress unknown" if progress is None else f"{progress:.0%} done"
            where = f"job {job.id} ({job.kind}) did not finish within {self.deadline:.3g} s "
            where += f"({done}; it goes on on the server)"
            stranger = "" if job.overall_status in KNOWN else ", a status this client does not know"
            where += f"; last status: {job.overall_status!r}{stranger}"
        if self.last_error is not None:
            where += f"; the last poll failed: {self.last_error}"
        raise JobError(where, job, job_id=self.job_id) from self.last_error

    def next_delay(self) -> float:
        """Seconds to wait before the next poll (at least the server's Retry-After), never past the deadline."""
        delay = max(self._interval, self._wanted)
        self._interval = min(self._interval * 2, MAX_POLL_INTERVAL)
        left = self.left()
        if left is not None:
            delay = min(delay, left)
        return delay


# --- run_job: any job-creating operation, waited for, and what its job made -----------------------------------

# What a job makes that a client can fetch once it completed, as the API links it to the job or the call:
# "documents" for an operation that ingests, imports or inserts into the collection its call names
# (`collection_id`): the documents there after the job that were not before, and the document the call names
# (`document_id`) if it is there; "summary" for one whose request takes a `summary_id`: the DocumentSummary
# written under it (run_job asks for a new id when the call gives none); "extractions" for an extractor's run
# (`extractor_id`): the results the extractor lists for that job. Anything else: nothing but the job.
Produces = Literal["documents", "summary", "extractions", ""]
_PUTS_DOCUMENTS = re.compile(r"(^|_)(ingest|import|insert)(_|$)")


@define(frozen=True)
class JobResult:
    """A job that completed, and what it made where the API lets a client know: `produced` names the field
    that holds it ("documents", "summary", "extractions"), or is "" when the API links nothing to the job
    (a delete, a migration, a thumbnail, a graph build): then `job` is all there is."""

    job: JobDetails
    produced: Produces = ""
    documents: list[Document] = field(factory=list)
    summary: DocumentSummary | None = None
    extractions: list[DocumentExtractionResult] = field(factory=list)


@define(frozen=True)
class JobCall:
    """One call of a job-creating operation, as `run_job` makes it: the arguments (with a `summary_id` filled
    in where the job writes a summary and the caller gave none), and the values it names."""

    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    named: dict[str, Any]


@define(frozen=True)
class JobPlan:
    """What `run_job` does around one operation: its name, and what its job makes (`Produces`)."""

    name: str
    produces: Produces
    parameters: tuple[str, ...]

    @classmethod
    def of(cls, operation: Callable[..., Any], requester: object) -> JobPlan:
        """The plan for `operation`: a job-creating method of this client's resources (`requester`: theirs),
        such as `client.collections.create_delete_collection_job`; anything else is an `H2OGPTEError`."""
        owner = getattr(operation, "__self__", None)
        name = getattr(operation, "__name__", None)
        if owner is None or not type(owner).__module__.startswith("h2ogpte_api.api.") or not isinstance(name, str):
            raise H2OGPTEError(
                "run_job takes an operation of the client's resources that starts a job (such as "
                f"client.collections.create_delete_collection_job), not {operation!r}"
            )
        signature = inspect.signature(operation)
        if signature.return_annotation not in ("JobDetails", JobDetails):
            raise H2OGPTEError(
                f"run_job takes an operation that starts a job (one answering JobDetails); {name} answers "
                f"{signature.return_annotation}"
            )
        if getattr(owner, "_requester", None) is not requester:
            raise H2OGPTEError(
                f"{name} belongs to another client (or its with_options copy, or its with_raw_response form): "
                "run it through the client that waits for it"
            )
        parameters = tuple(signature.parameters)
        produces: Produces = ""
        if "summary_id" in parameters:
            produces = "summary"
        elif "extractor_id" in parameters:
            produces = "extractions"
        elif _PUTS_DOCUMENTS.search(name) and "collection_id" in parameters:
            produces = "documents"
        return cls(name, produces, parameters)

    def call(self, operation: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> JobCall:
        """The call to make, checked against the operation's signature before anything is sent (a missing or
        unknown argument is a `TypeError`, as the operation itself would raise)."""
        kwargs = dict(kwargs)
        bound = inspect.signature(operation).bind(*args, **kwargs)
        named = {k: v for k, v in bound.arguments.items() if k != "body" and not isinstance(v, Unset)}
        body = bound.arguments.get("body")
        fields = _body_fields(body)
        for key, value in fields.items():
            named.setdefault(key, value)
        if self.produces == "summary" and named.get("summary_id") in (None, ""):
            summary_id = str(uuid.uuid4())  # the job writes its result under the id the request asks for
            if isinstance(body, Mapping):
                kwargs["body"] = {**body, "summary_id": summary_id}
            elif body is not None and not isinstance(body, Unset) and attrs.has(type(body)):
                kwargs["body"] = attrs.evolve(body, summary_id=summary_id)
            else:
                kwargs["summary_id"] = summary_id
            named["summary_id"] = summary_id
        return JobCall(tuple(args), kwargs, named)

    def text(self, call: JobCall, name: str) -> str | None:
        """The str value the call names `name`, if any."""
        value = call.named.get(name)
        return value if isinstance(value, str) and value else None


def _body_fields(body: Any) -> dict[str, Any]:
    if body is None or isinstance(body, Unset):
        return {}
    if isinstance(body, Mapping):
        return dict(body)
    to_dict = getattr(body, "to_dict", None)
    data = to_dict() if callable(to_dict) else None
    return dict(data) if isinstance(data, Mapping) else {}
