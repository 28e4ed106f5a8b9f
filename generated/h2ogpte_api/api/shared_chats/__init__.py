"""The operations tagged shared_chats: `client.shared_chats` is a `SharedChats` (an `AsyncSharedChats` on an async client).

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
    from ...models.delete_shared_chats_request import DeleteSharedChatsRequest
    from ...models.endpoint_error import EndpointError
    from ...models.share_chat_request import ShareChatRequest
    from ...models.share_chat_response import ShareChatResponse
    from ...models.shared_chat_detail import SharedChatDetail
    from ...models.shared_chat_info import SharedChatInfo
    from ...models.update_shared_chat_request import UpdateSharedChatRequest

    pass


class SharedChats(SyncResource):
    """The operations tagged shared_chats; `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> SharedChatsWithRawResponse:
        return SharedChatsWithRawResponse(self._requester)

    def get_shared_chat(
        self,
        shared_chat_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SharedChatDetail:
        """Get a shared chat

        Get a shared chat by its ID. Public shared chats are accessible without authentication. Private
        shared chats require authentication.
        """
        from . import get_shared_chat as _op

        request = _op.build_request(shared_chat_id=shared_chat_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_shared_chat(
        self,
        shared_chat_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a shared chat

        Delete a single shared chat by its ID. Only the owner can delete a shared chat.
        """
        from . import delete_shared_chat as _op

        request = _op.build_request(shared_chat_id=shared_chat_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_shared_chat(
        self,
        shared_chat_id: str,
        *,
        is_private: bool | Unset = UNSET,
        includes_artifacts: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def update_shared_chat(
        self,
        shared_chat_id: str,
        *,
        body: UpdateSharedChatRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def update_shared_chat(
        self,
        shared_chat_id: str,
        *,
        is_private: Any = UNSET,
        includes_artifacts: Any = UNSET,
        body: UpdateSharedChatRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Update a shared chat

        Update a shared chat's settings. Only the owner can update a shared chat.
        """
        from . import update_shared_chat as _op

        request = _op.build_request(
            shared_chat_id=shared_chat_id,
            body=_op.build_body(
                body, is_private=is_private, includes_artifacts=includes_artifacts
            ),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def delete_shared_chats(
        self,
        *,
        shared_chat_ids: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def delete_shared_chats(
        self,
        *,
        body: DeleteSharedChatsRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def delete_shared_chats(
        self,
        *,
        shared_chat_ids: Any = UNSET,
        body: DeleteSharedChatsRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Batch delete shared chats

        Delete multiple shared chats by their IDs. Only the owner can delete shared chats.
        """
        from . import delete_shared_chats as _op

        request = _op.build_request(
            body=_op.build_body(body, shared_chat_ids=shared_chat_ids)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_shared_chats(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name_filter: str | Unset = UNSET,
        filter_type: str | Unset = UNSET,
        showcase_filter: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[SharedChatInfo]:
        """List shared chats

        List shared chats created by the current user.
        """
        from . import list_shared_chats as _op

        request = _op.build_request(
            offset=offset,
            limit=limit,
            name_filter=name_filter,
            filter_type=filter_type,
            showcase_filter=showcase_filter,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def iter_shared_chats(
        self,
        *,
        name_filter: str | Unset = UNSET,
        filter_type: str | Unset = UNSET,
        showcase_filter: str | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[SharedChatInfo]:
        """List shared chats

        Every item of `list_shared_chats`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_shared_chats(
                name_filter=name_filter,
                filter_type=filter_type,
                showcase_filter=showcase_filter,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    @overload
    def share_chat_session(
        self,
        *,
        chat_session_id: str,
        is_private: bool | Unset = UNSET,
        is_frozen: bool | Unset = UNSET,
        includes_artifacts: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ShareChatResponse: ...

    @overload
    def share_chat_session(
        self,
        *,
        body: ShareChatRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ShareChatResponse: ...

    def share_chat_session(
        self,
        *,
        chat_session_id: Any = UNSET,
        is_private: Any = UNSET,
        is_frozen: Any = UNSET,
        includes_artifacts: Any = UNSET,
        body: ShareChatRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ShareChatResponse:
        """Share a chat session

        Creates a shared chat from an existing chat session. Returns a URL that can be used to access the
        shared chat.
        """
        from . import share_chat_session as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                chat_session_id=chat_session_id,
                is_private=is_private,
                is_frozen=is_frozen,
                includes_artifacts=includes_artifacts,
            )
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)


class AsyncSharedChats(AsyncResource):
    """The operations tagged shared_chats (async); `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> AsyncSharedChatsWithRawResponse:
        return AsyncSharedChatsWithRawResponse(self._requester)

    async def get_shared_chat(
        self,
        shared_chat_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SharedChatDetail:
        """Get a shared chat

        Get a shared chat by its ID. Public shared chats are accessible without authentication. Private
        shared chats require authentication.
        """
        from . import get_shared_chat as _op

        request = _op.build_request(shared_chat_id=shared_chat_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_shared_chat(
        self,
        shared_chat_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a shared chat

        Delete a single shared chat by its ID. Only the owner can delete a shared chat.
        """
        from . import delete_shared_chat as _op

        request = _op.build_request(shared_chat_id=shared_chat_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_shared_chat(
        self,
        shared_chat_id: str,
        *,
        is_private: bool | Unset = UNSET,
        includes_artifacts: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def update_shared_chat(
        self,
        shared_chat_id: str,
        *,
        body: UpdateSharedChatRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def update_shared_chat(
        self,
        shared_chat_id: str,
        *,
        is_private: Any = UNSET,
        includes_artifacts: Any = UNSET,
        body: UpdateSharedChatRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Update a shared chat

        Update a shared chat's settings. Only the owner can update a shared chat.
        """
        from . import update_shared_chat as _op

        request = _op.build_request(
            shared_chat_id=shared_chat_id,
            body=_op.build_body(
                body, is_private=is_private, includes_artifacts=includes_artifacts
            ),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def delete_shared_chats(
        self,
        *,
        shared_chat_ids: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def delete_shared_chats(
        self,
        *,
        body: DeleteSharedChatsRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def delete_shared_chats(
        self,
        *,
        shared_chat_ids: Any = UNSET,
        body: DeleteSharedChatsRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Batch delete shared chats

        Delete multiple shared chats by their IDs. Only the owner can delete shared chats.
        """
        from . import delete_shared_chats as _op

        request = _op.build_request(
            body=_op.build_body(body, shared_chat_ids=shared_chat_ids)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_shared_chats(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name_filter: str | Unset = UNSET,
        filter_type: str | Unset = UNSET,
        showcase_filter: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[SharedChatInfo]:
        """List shared chats

        List shared chats created by the current user.
        """
        from . import list_shared_chats as _op

        request = _op.build_request(
            offset=offset,
            limit=limit,
            name_filter=name_filter,
            filter_type=filter_type,
            showcase_filter=showcase_filter,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    def iter_shared_chats(
        self,
        *,
        name_filter: str | Unset = UNSET,
        filter_type: str | Unset = UNSET,
        showcase_filter: str | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[SharedChatInfo]:
        """List shared chats

        Every item of `list_shared_chats`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_shared_chats(
                name_filter=name_filter,
                filter_type=filter_type,
                showcase_filter=showcase_filter,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    @overload
    async def share_chat_session(
        self,
        *,
        chat_session_id: str,
        is_private: bool | Unset = UNSET,
        is_frozen: bool | Unset = UNSET,
        includes_artifacts: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ShareChatResponse: ...

    @overload
    async def share_chat_session(
        self,
        *,
        body: ShareChatRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ShareChatResponse: ...

    async def share_chat_session(
        self,
        *,
        chat_session_id: Any = UNSET,
        is_private: Any = UNSET,
        is_frozen: Any = UNSET,
        includes_artifacts: Any = UNSET,
        body: ShareChatRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ShareChatResponse:
        """Share a chat session

        Creates a shared chat from an existing chat session. Returns a URL that can be used to access the
        shared chat.
        """
        from . import share_chat_session as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                chat_session_id=chat_session_id,
                is_private=is_private,
                is_frozen=is_frozen,
                includes_artifacts=includes_artifacts,
            )
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )


class SharedChatsWithRawResponse(SyncRawResource):
    """The operations of `SharedChats`, each returning the whole `Response` (status_code, headers, parsed)."""

    get_shared_chat = raw_response(SharedChats.get_shared_chat)
    delete_shared_chat = raw_response(SharedChats.delete_shared_chat)
    update_shared_chat = raw_response(SharedChats.update_shared_chat)
    delete_shared_chats = raw_response(SharedChats.delete_shared_chats)
    list_shared_chats = raw_response(SharedChats.list_shared_chats)
    share_chat_session = raw_response(SharedChats.share_chat_session)


class AsyncSharedChatsWithRawResponse(AsyncRawResource):
    """The operations of `AsyncSharedChats`, each returning the whole `Response` (status_code, headers, parsed)."""

    get_shared_chat = async_raw_response(AsyncSharedChats.get_shared_chat)
    delete_shared_chat = async_raw_response(AsyncSharedChats.delete_shared_chat)
    update_shared_chat = async_raw_response(AsyncSharedChats.update_shared_chat)
    delete_shared_chats = async_raw_response(AsyncSharedChats.delete_shared_chats)
    list_shared_chats = async_raw_response(AsyncSharedChats.list_shared_chats)
    share_chat_session = async_raw_response(AsyncSharedChats.share_chat_session)


__all__ = [
    "AsyncSharedChats",
    "AsyncSharedChatsWithRawResponse",
    "SharedChats",
    "SharedChatsWithRawResponse",
]
