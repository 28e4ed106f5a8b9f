"""The operations tagged system: `client.system` is a `System` (an `AsyncSystem` on an async client).

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
    from ...models.h2ogpt_system_info import H2OGPTSystemInfo
    from ...types import File, FileTypes

    pass


class System(SyncResource):
    """The operations tagged system; `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> SystemWithRawResponse:
        return SystemWithRawResponse(self._requester)

    def download_user_limits_export(
        self,
        *,
        search: str | Unset = UNSET,
        filter_: str | Unset = UNSET,
        user_ids: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> File:
        """Export user limits as CSV.

        Generates and streams a CSV of user limits data. Admin only.
        """
        from . import download_user_limits_export as _op

        request = _op.build_request(search=search, filter_=filter_, user_ids=user_ids)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_h2ogpt_system_info(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> H2OGPTSystemInfo:
        """Gets H2OGPT system information."""
        from . import get_h2ogpt_system_info as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)


class AsyncSystem(AsyncResource):
    """The operations tagged system (async); `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> AsyncSystemWithRawResponse:
        return AsyncSystemWithRawResponse(self._requester)

    async def download_user_limits_export(
        self,
        *,
        search: str | Unset = UNSET,
        filter_: str | Unset = UNSET,
        user_ids: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> File:
        """Export user limits as CSV.

        Generates and streams a CSV of user limits data. Admin only.
        """
        from . import download_user_limits_export as _op

        request = _op.build_request(search=search, filter_=filter_, user_ids=user_ids)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_h2ogpt_system_info(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> H2OGPTSystemInfo:
        """Gets H2OGPT system information."""
        from . import get_h2ogpt_system_info as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )


class SystemWithRawResponse(SyncRawResource):
    """The operations of `System`, each returning the whole `Response` (status_code, headers, parsed)."""

    download_user_limits_export = raw_response(System.download_user_limits_export)
    get_h2ogpt_system_info = raw_response(System.get_h2ogpt_system_info)


class AsyncSystemWithRawResponse(AsyncRawResource):
    """The operations of `AsyncSystem`, each returning the whole `Response` (status_code, headers, parsed)."""

    download_user_limits_export = async_raw_response(
        AsyncSystem.download_user_limits_export
    )
    get_h2ogpt_system_info = async_raw_response(AsyncSystem.get_h2ogpt_system_info)


__all__ = [
    "AsyncSystem",
    "AsyncSystemWithRawResponse",
    "System",
    "SystemWithRawResponse",
]
