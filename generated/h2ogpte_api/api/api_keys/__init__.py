"""The operations tagged api_keys: `client.api_keys` is a `ApiKeys` (an `AsyncApiKeys` on an async client).

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
    from ...models.api_key_create_request import APIKeyCreateRequest
    from ...models.api_key_info import APIKeyInfo
    from ...models.api_key_result import APIKeyResult
    from ...models.api_key_update_expiry_request import APIKeyUpdateExpiryRequest
    from ...models.api_key_update_inactivity_interval_request import (
        APIKeyUpdateInactivityIntervalRequest,
    )
    from ...models.endpoint_error import EndpointError

    pass


class ApiKeys(SyncResource):
    """The operations tagged api_keys; `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> ApiKeysWithRawResponse:
        return ApiKeysWithRawResponse(self._requester)

    def list_all_api_keys(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        filter_: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[APIKeyInfo]:
        """List API keys.

        Allows admins to list all existing API keys.
        """
        from . import list_all_api_keys as _op

        request = _op.build_request(offset=offset, limit=limit, filter_=filter_)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def iter_all_api_keys(
        self,
        *,
        filter_: str | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[APIKeyInfo]:
        """List API keys.

        Every item of `list_all_api_keys`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_all_api_keys(
                filter_=filter_,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    @overload
    def create_api_key_for_user(
        self,
        *,
        user_id: str,
        name: str | Unset = UNSET,
        collection_id: str | Unset = UNSET,
        expires_in: str | Unset = UNSET,
        inactivity_interval: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> APIKeyResult: ...

    @overload
    def create_api_key_for_user(
        self,
        *,
        body: APIKeyCreateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> APIKeyResult: ...

    def create_api_key_for_user(
        self,
        *,
        user_id: Any = UNSET,
        name: Any = UNSET,
        collection_id: Any = UNSET,
        expires_in: Any = UNSET,
        inactivity_interval: Any = UNSET,
        body: APIKeyCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> APIKeyResult:
        """Create an API key

        Allows admins to create an API key for another user.
        """
        from . import create_api_key_for_user as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                user_id=user_id,
                name=name,
                collection_id=collection_id,
                expires_in=expires_in,
                inactivity_interval=inactivity_interval,
            )
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def deactivate_api_key(
        self,
        key_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deactivate an API key

        Allows admins to deactivate an API key.
        """
        from . import deactivate_api_key as _op

        request = _op.build_request(key_id=key_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_api_key(
        self,
        key_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete an API key.

        Allows admins to delete an API key.
        """
        from . import delete_api_key as _op

        request = _op.build_request(key_id=key_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_api_key_expiry(
        self,
        key_id: str,
        *,
        expires_in: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def update_api_key_expiry(
        self,
        key_id: str,
        *,
        body: APIKeyUpdateExpiryRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def update_api_key_expiry(
        self,
        key_id: str,
        *,
        expires_in: Any = UNSET,
        body: APIKeyUpdateExpiryRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Update API key expiry.

        Allows admins to update the expiration of an API key (either set a new expiry or remove one).
        """
        from . import update_api_key_expiry as _op

        request = _op.build_request(
            key_id=key_id, body=_op.build_body(body, expires_in=expires_in)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_api_key_inactivity_interval(
        self,
        key_id: str,
        *,
        inactivity_interval: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def update_api_key_inactivity_interval(
        self,
        key_id: str,
        *,
        body: APIKeyUpdateInactivityIntervalRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def update_api_key_inactivity_interval(
        self,
        key_id: str,
        *,
        inactivity_interval: Any = UNSET,
        body: APIKeyUpdateInactivityIntervalRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Update API key inactivity interval.

        Allows admins to update the inactivity interval of an API key (either set a new inactivity interval
        or remove one). The inactivity interval is the number of days a key can remain unused (no activity)
        before it becomes invalid.
        """
        from . import update_api_key_inactivity_interval as _op

        request = _op.build_request(
            key_id=key_id,
            body=_op.build_body(body, inactivity_interval=inactivity_interval),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)


class AsyncApiKeys(AsyncResource):
    """The operations tagged api_keys (async); `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> AsyncApiKeysWithRawResponse:
        return AsyncApiKeysWithRawResponse(self._requester)

    async def list_all_api_keys(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        filter_: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[APIKeyInfo]:
        """List API keys.

        Allows admins to list all existing API keys.
        """
        from . import list_all_api_keys as _op

        request = _op.build_request(offset=offset, limit=limit, filter_=filter_)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    def iter_all_api_keys(
        self,
        *,
        filter_: str | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[APIKeyInfo]:
        """List API keys.

        Every item of `list_all_api_keys`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_all_api_keys(
                filter_=filter_,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    @overload
    async def create_api_key_for_user(
        self,
        *,
        user_id: str,
        name: str | Unset = UNSET,
        collection_id: str | Unset = UNSET,
        expires_in: str | Unset = UNSET,
        inactivity_interval: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> APIKeyResult: ...

    @overload
    async def create_api_key_for_user(
        self,
        *,
        body: APIKeyCreateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> APIKeyResult: ...

    async def create_api_key_for_user(
        self,
        *,
        user_id: Any = UNSET,
        name: Any = UNSET,
        collection_id: Any = UNSET,
        expires_in: Any = UNSET,
        inactivity_interval: Any = UNSET,
        body: APIKeyCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> APIKeyResult:
        """Create an API key

        Allows admins to create an API key for another user.
        """
        from . import create_api_key_for_user as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                user_id=user_id,
                name=name,
                collection_id=collection_id,
                expires_in=expires_in,
                inactivity_interval=inactivity_interval,
            )
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def deactivate_api_key(
        self,
        key_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deactivate an API key

        Allows admins to deactivate an API key.
        """
        from . import deactivate_api_key as _op

        request = _op.build_request(key_id=key_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_api_key(
        self,
        key_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete an API key.

        Allows admins to delete an API key.
        """
        from . import delete_api_key as _op

        request = _op.build_request(key_id=key_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_api_key_expiry(
        self,
        key_id: str,
        *,
        expires_in: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def update_api_key_expiry(
        self,
        key_id: str,
        *,
        body: APIKeyUpdateExpiryRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def update_api_key_expiry(
        self,
        key_id: str,
        *,
        expires_in: Any = UNSET,
        body: APIKeyUpdateExpiryRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Update API key expiry.

        Allows admins to update the expiration of an API key (either set a new expiry or remove one).
        """
        from . import update_api_key_expiry as _op

        request = _op.build_request(
            key_id=key_id, body=_op.build_body(body, expires_in=expires_in)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_api_key_inactivity_interval(
        self,
        key_id: str,
        *,
        inactivity_interval: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def update_api_key_inactivity_interval(
        self,
        key_id: str,
        *,
        body: APIKeyUpdateInactivityIntervalRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def update_api_key_inactivity_interval(
        self,
        key_id: str,
        *,
        inactivity_interval: Any = UNSET,
        body: APIKeyUpdateInactivityIntervalRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Update API key inactivity interval.

        Allows admins to update the inactivity interval of an API key (either set a new inactivity interval
        or remove one). The inactivity interval is the number of days a key can remain unused (no activity)
        before it becomes invalid.
        """
        from . import update_api_key_inactivity_interval as _op

        request = _op.build_request(
            key_id=key_id,
            body=_op.build_body(body, inactivity_interval=inactivity_interval),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )


class ApiKeysWithRawResponse(SyncRawResource):
    """The operations of `ApiKeys`, each returning the whole `Response` (status_code, headers, parsed)."""

    list_all_api_keys = raw_response(ApiKeys.list_all_api_keys)
    create_api_key_for_user = raw_response(ApiKeys.create_api_key_for_user)
    deactivate_api_key = raw_response(ApiKeys.deactivate_api_key)
    delete_api_key = raw_response(ApiKeys.delete_api_key)
    update_api_key_expiry = raw_response(ApiKeys.update_api_key_expiry)
    update_api_key_inactivity_interval = raw_response(
        ApiKeys.update_api_key_inactivity_interval
    )


class AsyncApiKeysWithRawResponse(AsyncRawResource):
    """The operations of `AsyncApiKeys`, each returning the whole `Response` (status_code, headers, parsed)."""

    list_all_api_keys = async_raw_response(AsyncApiKeys.list_all_api_keys)
    create_api_key_for_user = async_raw_response(AsyncApiKeys.create_api_key_for_user)
    deactivate_api_key = async_raw_response(AsyncApiKeys.deactivate_api_key)
    delete_api_key = async_raw_response(AsyncApiKeys.delete_api_key)
    update_api_key_expiry = async_raw_response(AsyncApiKeys.update_api_key_expiry)
    update_api_key_inactivity_interval = async_raw_response(
        AsyncApiKeys.update_api_key_inactivity_interval
    )


__all__ = [
    "AsyncApiKeys",
    "AsyncApiKeysWithRawResponse",
    "ApiKeys",
    "ApiKeysWithRawResponse",
]
