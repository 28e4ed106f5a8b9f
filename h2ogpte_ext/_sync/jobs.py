# Written by scripts/unasync_twins.py from h2ogpte_ext/_async/jobs.py: edit that file, not this one.
"""Waiting for any of the server's jobs (ingest, process, delete, import, ...)."""

from __future__ import annotations

import logging

from h2ogpte_api.models import JobDetails

from h2ogpte_ext._errors import APIResponseValidationError, H2OGPTEError
from h2ogpte_ext._files import progress_bar
from h2ogpte_ext._jobs import JOB_DEADLINE, JobPoll, progress_of, tolerated_job
from h2ogpte_ext._needs import require
from h2ogpte_ext._sync._base import CLEAN_UP_TIMEOUT, ClientBase
from h2ogpte_ext._sync._io import Interrupts, sleep

log = logging.getLogger("h2ogpte_ext")


class JobsMixin(ClientBase):
    """`H2OGPTE.wait_for_job`."""

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
