"""The operations tagged admin_sessions: `client.admin_sessions` is a `AdminSessions` (an `AsyncAdminSessions` on an async client).

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
    from ...models.admin_sessions_list_response import AdminSessionsListResponse
    from ...models.admin_sessions_stats_response import AdminSessionsStatsResponse
    from ...models.endpoint_error import EndpointError

    pass


class AdminSessions(SyncResource):
    """The operations tagged admin_sessions; `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> AdminSessionsWithRawResponse:
        return AdminSessionsWithRawResponse(self._requester)

    def get_admin_sessions_stats(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AdminSessionsStatsResponse:
        """Get session inventory stats

        Returns aggregate counters across all live sessions (total, by transport, anonymous count, Azure
        exchange-cache count). Result is cached per-process for ~30 seconds; the `cache_age_seconds` field
        communicates freshness so a polling dashboard can render it.
        """
        from . import get_admin_sessions_stats as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_admin_sessions(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AdminSessionsListResponse:
        """List live sessions

        Allows admins to enumerate live sessions stored in Redis. Returns metadata only — never access
        tokens, refresh tokens, or CSRF values. Pagination is cursor-based; pass back the `next_cursor` from
        a previous response to continue, or omit to start fresh. Iteration is complete when `next_cursor` is
        absent.
        """
        from . import list_admin_sessions as _op

        request = _op.build_request(cursor=cursor, limit=limit)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def revoke_admin_session(
        self,
        session_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Revoke a session

        Force-revokes a live session by ID. Reuses the same revoke path as user-driven sign-out, so peer mux
        replicas drop their cached copy via pub/sub. DELETE is idempotent — returns 204 whether the session
        existed or not.
        """
        from . import revoke_admin_session as _op

        request = _op.build_request(session_id=session_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)


class AsyncAdminSessions(AsyncResource):
    """The operations tagged admin_sessions (async); `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> AsyncAdminSessionsWithRawResponse:
        return AsyncAdminSessionsWithRawResponse(self._requester)

    async def get_admin_sessions_stats(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AdminSessionsStatsResponse:
        """Get session inventory stats

        Returns aggregate counters across all live sessions (total, by transport, anonymous count, Azure
        exchange-cache count). Result is cached per-process for ~30 seconds; the `cache_age_seconds` field
        communicates freshness so a polling dashboard can render it.
        """
        from . import get_admin_sessions_stats as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_admin_sessions(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AdminSessionsListResponse:
        """List live sessions

        Allows admins to enumerate live sessions stored in Redis. Returns metadata only — never access
        tokens, refresh tokens, or CSRF values. Pagination is cursor-based; pass back the `next_cursor` from
        a previous response to continue, or omit to start fresh. Iteration is complete when `next_cursor` is
        absent.
        """
        from . import list_admin_sessions as _op

        request = _op.build_request(cursor=cursor, limit=limit)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def revoke_admin_session(
        self,
        session_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Revoke a session

        Force-revokes a live session by ID. Reuses the same revoke path as user-driven sign-out, so peer mux
        replicas drop their cached copy via pub/sub. DELETE is idempotent — returns 204 whether the session
        existed or not.
        """
        from . import revoke_admin_session as _op

        request = _op.build_request(session_id=session_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )


class AdminSessionsWithRawResponse(SyncRawResource):
    """The operations of `AdminSessions`, each returning the whole `Response` (status_code, headers, parsed)."""

    get_admin_sessions_stats = raw_response(AdminSessions.get_admin_sessions_stats)
    list_admin_sessions = raw_response(AdminSessions.list_admin_sessions)
    revoke_admin_session = raw_response(AdminSessions.revoke_admin_session)


class AsyncAdminSessionsWithRawResponse(AsyncRawResource):
    """The operations of `AsyncAdminSessions`, each returning the whole `Response` (status_code, headers, parsed)."""

    get_admin_sessions_stats = async_raw_response(
        AsyncAdminSessions.get_admin_sessions_stats
    )
    list_admin_sessions = async_raw_response(AsyncAdminSessions.list_admin_sessions)
    revoke_admin_session = async_raw_response(AsyncAdminSessions.revoke_admin_session)


__all__ = [
    "AsyncAdminSessions",
    "AsyncAdminSessionsWithRawResponse",
    "AdminSessions",
    "AdminSessionsWithRawResponse",
]
