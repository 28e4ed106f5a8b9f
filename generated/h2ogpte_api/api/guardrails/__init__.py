"""The operations tagged guardrails: `client.guardrails` is a `Guardrails` (an `AsyncGuardrails` on an async client).

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
    from ...models.endpoint_error import EndpointError
    from ...models.guardrail_violation import GuardrailViolation
    from ...models.guardrail_violations_dashboard import GuardrailViolationsDashboard
    from ...models.guardrail_violations_list import GuardrailViolationsList
    from ...models.guardrail_violations_summary import GuardrailViolationsSummary
    from ...models.guardrails_settings import GuardrailsSettings

    pass


class Guardrails(SyncResource):
    """The operations tagged guardrails; `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> GuardrailsWithRawResponse:
        return GuardrailsWithRawResponse(self._requester)

    def get_effective_guardrails(
        self,
        *,
        chat_session_id: str | Unset = UNSET,
        collection_id: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GuardrailsSettings:
        """Get effective guardrails settings.

        Returns the effective guardrails settings based on the hierarchy (chat session > collection > global
        admin > defaults).
        """
        from . import get_effective_guardrails as _op

        request = _op.build_request(
            chat_session_id=chat_session_id, collection_id=collection_id
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_guardrail_violations_dashboard(
        self,
        *,
        interval: str | Unset = UNSET,
        collection_id_filter: str | Unset = UNSET,
        user_id_filter: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GuardrailViolationsDashboard:
        """Get guardrail violations dashboard data.

        Returns daily trend, breakdown by violation type, by collection, and by user. Admin only.
        """
        from . import get_guardrail_violations_dashboard as _op

        request = _op.build_request(
            interval=interval,
            collection_id_filter=collection_id_filter,
            user_id_filter=user_id_filter,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_guardrail_violations_summary(
        self,
        *,
        interval: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GuardrailViolationsSummary:
        """Get guardrail violation summary KPIs.

        Returns total violation counts, time-window breakdowns, violation rate, and per-type breakdown.
        Admin only.
        """
        from . import get_guardrail_violations_summary as _op

        request = _op.build_request(interval=interval)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_guardrail_violations(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        interval: str | Unset = UNSET,
        type_filter: str | Unset = UNSET,
        collection_id_filter: str | Unset = UNSET,
        user_id_filter: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GuardrailViolationsList:
        """List guardrail violations.

        Returns a paginated list of guardrail violations with user and collection context. Admin only.
        """
        from . import list_guardrail_violations as _op

        request = _op.build_request(
            offset=offset,
            limit=limit,
            interval=interval,
            type_filter=type_filter,
            collection_id_filter=collection_id_filter,
            user_id_filter=user_id_filter,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def iter_guardrail_violations(
        self,
        *,
        interval: str | Unset = UNSET,
        type_filter: str | Unset = UNSET,
        collection_id_filter: str | Unset = UNSET,
        user_id_filter: str | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[GuardrailViolation]:
        """List guardrail violations.

        Every item of `list_guardrail_violations` (the `items` of each answer), fetched `page_size` at a
        time as the iteration goes.
        """

        def _fetch(offset: int, limit: int) -> list[GuardrailViolation]:
            _page = self.list_guardrail_violations(
                interval=interval,
                type_filter=type_filter,
                collection_id_filter=collection_id_filter,
                user_id_filter=user_id_filter,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            )
            return _page.items or []  # an answer without items is an empty page

        return self._requester.paginate(_fetch, page_size)


class AsyncGuardrails(AsyncResource):
    """The operations tagged guardrails (async); `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> AsyncGuardrailsWithRawResponse:
        return AsyncGuardrailsWithRawResponse(self._requester)

    async def get_effective_guardrails(
        self,
        *,
        chat_session_id: str | Unset = UNSET,
        collection_id: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GuardrailsSettings:
        """Get effective guardrails settings.

        Returns the effective guardrails settings based on the hierarchy (chat session > collection > global
        admin > defaults).
        """
        from . import get_effective_guardrails as _op

        request = _op.build_request(
            chat_session_id=chat_session_id, collection_id=collection_id
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_guardrail_violations_dashboard(
        self,
        *,
        interval: str | Unset = UNSET,
        collection_id_filter: str | Unset = UNSET,
        user_id_filter: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GuardrailViolationsDashboard:
        """Get guardrail violations dashboard data.

        Returns daily trend, breakdown by violation type, by collection, and by user. Admin only.
        """
        from . import get_guardrail_violations_dashboard as _op

        request = _op.build_request(
            interval=interval,
            collection_id_filter=collection_id_filter,
            user_id_filter=user_id_filter,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_guardrail_violations_summary(
        self,
        *,
        interval: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GuardrailViolationsSummary:
        """Get guardrail violation summary KPIs.

        Returns total violation counts, time-window breakdowns, violation rate, and per-type breakdown.
        Admin only.
        """
        from . import get_guardrail_violations_summary as _op

        request = _op.build_request(interval=interval)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_guardrail_violations(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        interval: str | Unset = UNSET,
        type_filter: str | Unset = UNSET,
        collection_id_filter: str | Unset = UNSET,
        user_id_filter: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GuardrailViolationsList:
        """List guardrail violations.

        Returns a paginated list of guardrail violations with user and collection context. Admin only.
        """
        from . import list_guardrail_violations as _op

        request = _op.build_request(
            offset=offset,
            limit=limit,
            interval=interval,
            type_filter=type_filter,
            collection_id_filter=collection_id_filter,
            user_id_filter=user_id_filter,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    def iter_guardrail_violations(
        self,
        *,
        interval: str | Unset = UNSET,
        type_filter: str | Unset = UNSET,
        collection_id_filter: str | Unset = UNSET,
        user_id_filter: str | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[GuardrailViolation]:
        """List guardrail violations.

        Every item of `list_guardrail_violations` (the `items` of each answer), fetched `page_size` at a
        time as the iteration goes.
        """

        async def _fetch(offset: int, limit: int) -> list[GuardrailViolation]:
            _page = await self.list_guardrail_violations(
                interval=interval,
                type_filter=type_filter,
                collection_id_filter=collection_id_filter,
                user_id_filter=user_id_filter,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            )
            return _page.items or []  # an answer without items is an empty page

        return self._requester.paginate(_fetch, page_size)


class GuardrailsWithRawResponse(SyncRawResource):
    """The operations of `Guardrails`, each returning the whole `Response` (status_code, headers, parsed)."""

    get_effective_guardrails = raw_response(Guardrails.get_effective_guardrails)
    get_guardrail_violations_dashboard = raw_response(
        Guardrails.get_guardrail_violations_dashboard
    )
    get_guardrail_violations_summary = raw_response(
        Guardrails.get_guardrail_violations_summary
    )
    list_guardrail_violations = raw_response(Guardrails.list_guardrail_violations)


class AsyncGuardrailsWithRawResponse(AsyncRawResource):
    """The operations of `AsyncGuardrails`, each returning the whole `Response` (status_code, headers, parsed)."""

    get_effective_guardrails = async_raw_response(
        AsyncGuardrails.get_effective_guardrails
    )
    get_guardrail_violations_dashboard = async_raw_response(
        AsyncGuardrails.get_guardrail_violations_dashboard
    )
    get_guardrail_violations_summary = async_raw_response(
        AsyncGuardrails.get_guardrail_violations_summary
    )
    list_guardrail_violations = async_raw_response(
        AsyncGuardrails.list_guardrail_violations
    )


__all__ = [
    "AsyncGuardrails",
    "AsyncGuardrailsWithRawResponse",
    "Guardrails",
    "GuardrailsWithRawResponse",
]
