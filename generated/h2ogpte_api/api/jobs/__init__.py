"""The operations tagged jobs: `client.jobs` is a `Jobs` (an `AsyncJobs` on an async client).

Each operation also has its own module here: `build_request` and `parse`, which every method below calls, and the
upstream-style functions `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, overload

import httpx

from ...types import UNSET, Response, UnknownEnumValue, Unset
from .. import (
    AsyncRawResource,
    AsyncResource,
    SyncRawResource,
    SyncResource,
    async_raw_response,
    raw_response,
)

if TYPE_CHECKING:
    import datetime

    from ...models.cancel_user_job_request import CancelUserJobRequest
    from ...models.count_with_queue_details import CountWithQueueDetails
    from ...models.endpoint_error import EndpointError
    from ...models.job_details import JobDetails
    from ...models.job_history_list_response import JobHistoryListResponse
    from ...models.job_history_stats_response import JobHistoryStatsResponse
    from ...models.user_job_details import UserJobDetails

    pass


class Jobs(SyncResource):
    """The operations tagged jobs; `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> JobsWithRawResponse:
        return JobsWithRawResponse(self._requester)

    def cancel_job(
        self,
        job_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Stops a specific job from running for the user."""
        from . import cancel_job as _op

        request = _op.build_request(job_id=job_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def cancel_user_job(
        self,
        job_id: str,
        *,
        cancel_reason: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def cancel_user_job(
        self,
        job_id: str,
        *,
        body: CancelUserJobRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def cancel_user_job(
        self,
        job_id: str,
        *,
        cancel_reason: Any = UNSET,
        body: CancelUserJobRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Stops a specific job from running on the server.

        As an admin, stops a specific user job from running on the server.
        """
        from . import cancel_user_job as _op

        request = _op.build_request(
            job_id=job_id, body=_op.build_body(body, cancel_reason=cancel_reason)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def count_pending_jobs(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CountWithQueueDetails:
        """Counts the number of global, pending jobs on the server."""
        from . import count_pending_jobs as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_job(
        self,
        job_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Lists jobs associated with the user.

        Lists jobs associated with the user calling this endpoint.
        """
        from . import get_job as _op

        request = _op.build_request(job_id=job_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_job(
        self,
        job_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes job.

        Deletes job with a given unique identifier.
        """
        from . import delete_job as _op

        request = _op.build_request(job_id=job_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_admin_jobs_stats(
        self,
        *,
        created_after: datetime.datetime | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobHistoryStatsResponse:
        """Get job history status counts

        Admin-only. Returns job counts by status over the last 7 days by default (or since created_after),
        including cleared (deleted) jobs to match the job list. Cheap enough for a polling dashboard.
        """
        from . import get_admin_jobs_stats as _op

        request = _op.build_request(created_after=created_after)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_admin_jobs(
        self,
        *,
        cursor_created_at: datetime.datetime | Unset = UNSET,
        cursor_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        status: list[str] | Unset = UNSET,
        kind: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        collection_id: str | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobHistoryListResponse:
        """List job history

        Admin-only. Returns the persistent job history from Postgres (all users), newest first, keyset-
        paginated. Pass back next_cursor_created_at and next_cursor_id from a previous response to continue.
        Defaults to the last 7 days when created_after is omitted; pass an earlier created_after to read
        further back. How far back data exists is bounded by the retention setting
        (telemetry_retention_days, at most 365 days). Includes cleared (deleted) jobs, marked by deleted_at.
        """
        from . import list_admin_jobs as _op

        request = _op.build_request(
            cursor_created_at=cursor_created_at,
            cursor_id=cursor_id,
            limit=limit,
            status=status,
            kind=kind,
            user_id=user_id,
            collection_id=collection_id,
            created_after=created_after,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_jobs(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[JobDetails]:
        """Lists jobs associated with the user.

        Lists jobs associated with the user making call.
        """
        from . import list_jobs as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_user_jobs(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserJobDetails]:
        """Lists all jobs running on the system for all users.

        Lists all jobs running on the system for all users (to be used by admins only).
        """
        from . import list_user_jobs as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)


class AsyncJobs(AsyncResource):
    """The operations tagged jobs (async); `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> AsyncJobsWithRawResponse:
        return AsyncJobsWithRawResponse(self._requester)

    async def cancel_job(
        self,
        job_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Stops a specific job from running for the user."""
        from . import cancel_job as _op

        request = _op.build_request(job_id=job_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def cancel_user_job(
        self,
        job_id: str,
        *,
        cancel_reason: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def cancel_user_job(
        self,
        job_id: str,
        *,
        body: CancelUserJobRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def cancel_user_job(
        self,
        job_id: str,
        *,
        cancel_reason: Any = UNSET,
        body: CancelUserJobRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Stops a specific job from running on the server.

        As an admin, stops a specific user job from running on the server.
        """
        from . import cancel_user_job as _op

        request = _op.build_request(
            job_id=job_id, body=_op.build_body(body, cancel_reason=cancel_reason)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def count_pending_jobs(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CountWithQueueDetails:
        """Counts the number of global, pending jobs on the server."""
        from . import count_pending_jobs as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_job(
        self,
        job_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Lists jobs associated with the user.

        Lists jobs associated with the user calling this endpoint.
        """
        from . import get_job as _op

        request = _op.build_request(job_id=job_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_job(
        self,
        job_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes job.

        Deletes job with a given unique identifier.
        """
        from . import delete_job as _op

        request = _op.build_request(job_id=job_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_admin_jobs_stats(
        self,
        *,
        created_after: datetime.datetime | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobHistoryStatsResponse:
        """Get job history status counts

        Admin-only. Returns job counts by status over the last 7 days by default (or since created_after),
        including cleared (deleted) jobs to match the job list. Cheap enough for a polling dashboard.
        """
        from . import get_admin_jobs_stats as _op

        request = _op.build_request(created_after=created_after)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_admin_jobs(
        self,
        *,
        cursor_created_at: datetime.datetime | Unset = UNSET,
        cursor_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        status: list[str] | Unset = UNSET,
        kind: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        collection_id: str | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobHistoryListResponse:
        """List job history

        Admin-only. Returns the persistent job history from Postgres (all users), newest first, keyset-
        paginated. Pass back next_cursor_created_at and next_cursor_id from a previous response to continue.
        Defaults to the last 7 days when created_after is omitted; pass an earlier created_after to read
        further back. How far back data exists is bounded by the retention setting
        (telemetry_retention_days, at most 365 days). Includes cleared (deleted) jobs, marked by deleted_at.
        """
        from . import list_admin_jobs as _op

        request = _op.build_request(
            cursor_created_at=cursor_created_at,
            cursor_id=cursor_id,
            limit=limit,
            status=status,
            kind=kind,
            user_id=user_id,
            collection_id=collection_id,
            created_after=created_after,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_jobs(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[JobDetails]:
        """Lists jobs associated with the user.

        Lists jobs associated with the user making call.
        """
        from . import list_jobs as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_user_jobs(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserJobDetails]:
        """Lists all jobs running on the system for all users.

        Lists all jobs running on the system for all users (to be used by admins only).
        """
        from . import list_user_jobs as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )


class JobsWithRawResponse(SyncRawResource):
    """The operations of `Jobs`, each returning the whole `Response` (status_code, headers, parsed)."""

    cancel_job = raw_response(Jobs.cancel_job)
    cancel_user_job = raw_response(Jobs.cancel_user_job)
    count_pending_jobs = raw_response(Jobs.count_pending_jobs)
    get_job = raw_response(Jobs.get_job)
    delete_job = raw_response(Jobs.delete_job)
    get_admin_jobs_stats = raw_response(Jobs.get_admin_jobs_stats)
    list_admin_jobs = raw_response(Jobs.list_admin_jobs)
    list_jobs = raw_response(Jobs.list_jobs)
    list_user_jobs = raw_response(Jobs.list_user_jobs)


class AsyncJobsWithRawResponse(AsyncRawResource):
    """The operations of `AsyncJobs`, each returning the whole `Response` (status_code, headers, parsed)."""

    cancel_job = async_raw_response(AsyncJobs.cancel_job)
    cancel_user_job = async_raw_response(AsyncJobs.cancel_user_job)
    count_pending_jobs = async_raw_response(AsyncJobs.count_pending_jobs)
    get_job = async_raw_response(AsyncJobs.get_job)
    delete_job = async_raw_response(AsyncJobs.delete_job)
    get_admin_jobs_stats = async_raw_response(AsyncJobs.get_admin_jobs_stats)
    list_admin_jobs = async_raw_response(AsyncJobs.list_admin_jobs)
    list_jobs = async_raw_response(AsyncJobs.list_jobs)
    list_user_jobs = async_raw_response(AsyncJobs.list_user_jobs)


__all__ = ["AsyncJobs", "AsyncJobsWithRawResponse", "Jobs", "JobsWithRawResponse"]
