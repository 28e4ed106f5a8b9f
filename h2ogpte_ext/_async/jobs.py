"""Waiting for any of the server's jobs (ingest, process, delete, import, ...)."""

from __future__ import annotations

import logging

from h2ogpte_api.models import JobDetails

from h2ogpte_ext._async._base import AsyncClientBase
from h2ogpte_ext._async._io import Interrupts, sleep
from h2ogpte_ext._errors import H2OGPTEError
from h2ogpte_ext._files import progress_bar
from h2ogpte_ext._jobs import JobPoll

log = logging.getLogger("h2ogpte_ext")


class AsyncJobsMixin(AsyncClientBase):
    """`AsyncH2OGPTE.wait_for_job`."""

    async def wait_for_job(
        self,
        job: JobDetails | str,
        *,
        deadline: float | None = None,
        poll_interval: float = 0.5,
        progress: bool = False,
        cancel_on_interrupt: bool = False,
    ) -> JobDetails:
        """Wait until a job completes, polling with backoff, and return its final `JobDetails`.

            job = client.collections.create_delete_collections_job(collection_ids=[collection.id])
            client.wait_for_job(job, deadline=600, progress=True)

        `job` is what a job-creating operation returned, or its id. Raises `JobError` (with the server's
        `.errors`) if the job fails or is canceled, or is still running after `deadline` seconds (None: as
        long as it runs). `progress=True` shows a bar from the job's own progress. With
        `cancel_on_interrupt=True`, Ctrl-C (or cancelling the task) also cancels the job on the server.
        """
        job_id = job if isinstance(job, str) else job.id
        poll = JobPoll(deadline, poll_interval)
        with progress_bar(progress, 100, f"job {job_id}", percent=True) as bar:
            shown = 0
            try:
                details = job if isinstance(job, JobDetails) else await self.jobs.get_job(job_id)
                while True:
                    done = min(100, round(details.progress * 100))
                    bar.update(max(0, done - shown))
                    shown = max(shown, done)
                    if poll.finished(details):
                        bar.update(100 - shown)  # completed is 100 %, whatever progress the server reports
                        return details
                    await sleep(poll.next_delay())
                    details = await self.jobs.get_job(job_id)
            except Interrupts:
                if cancel_on_interrupt:
                    try:
                        await self.jobs.cancel_job(job_id)
                    except H2OGPTEError as error:
                        log.warning("could not cancel job %s after the interruption: %s", job_id, error)
                    else:
                        log.info("canceled job %s after the interruption", job_id)
                raise
