"""Waiting for a server job, decided without I/O: when to poll again, when to stop, and what a failure says."""

from __future__ import annotations

import math
import time

from h2ogpte_api.models import JobDetails

from h2ogpte_ext._errors import H2OGPTEError

FINAL = frozenset({"completed", "failed", "canceled"})
# The slowest the polling gets: a finished job is noticed within this many seconds.
MAX_POLL_INTERVAL = 5.0


class JobError(H2OGPTEError):
    """A job ended `failed` or `canceled`, or did not end within the deadline.

    `.job` is the server's last `JobDetails`; `.errors` its error messages.
    """

    def __init__(self, message: str, job: JobDetails) -> None:
        super().__init__(message)
        self.job = job
        self.errors = list(job.errors)


class JobPoll:
    """The polling schedule of one job: backoff from `poll_interval` doubling to 5 s, within `deadline`."""

    def __init__(self, deadline: float | None, poll_interval: float) -> None:
        if not isinstance(poll_interval, (int, float)) or not 0 < poll_interval < math.inf:
            raise H2OGPTEError(f"poll_interval must be a positive number of seconds, not {poll_interval!r}")
        if deadline is not None and (not isinstance(deadline, (int, float)) or not 0 <= deadline < math.inf):
            raise H2OGPTEError(
                f"deadline must be a number of seconds >= 0, or None to wait as long as it runs, not {deadline!r}"
            )
        self.deadline = deadline
        self._ends = None if deadline is None else time.monotonic() + deadline
        self._interval = float(poll_interval)

    def finished(self, job: JobDetails) -> bool:
        """True once the job completed; raises `JobError` if it failed, was canceled or ran out of time."""
        status = job.overall_status
        if status == "completed":
            return True
        if status in FINAL:
            reasons = "; ".join(job.errors) or (job.cancel_reason if isinstance(job.cancel_reason, str) else "")
            raise JobError(f"job {job.id} ({job.kind}) {status}: {reasons or 'no reason given'}", job)
        if self._ends is not None and time.monotonic() >= self._ends:
            raise JobError(
                f"job {job.id} ({job.kind}) did not finish within {self.deadline:g} s "
                f"({job.progress:.0%} done; it goes on on the server)",
                job,
            )
        return False

    def next_delay(self) -> float:
        """Seconds to wait before the next poll, never past the deadline."""
        delay = self._interval
        self._interval = min(self._interval * 2, MAX_POLL_INTERVAL)
        if self._ends is not None:
            delay = max(0.0, min(delay, self._ends - time.monotonic()))
        return delay
