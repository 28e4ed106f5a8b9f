"""The operations tagged showcase: `client.showcase` is a `Showcase` (an `AsyncShowcase` on an async client).

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
    from ...models.add_showcase_chat_request import AddShowcaseChatRequest
    from ...models.add_showcase_chat_response import AddShowcaseChatResponse
    from ...models.endpoint_error import EndpointError
    from ...models.list_showcase_categories_response import (
        ListShowcaseCategoriesResponse,
    )
    from ...models.reorder_showcase_chat_entry import ReorderShowcaseChatEntry
    from ...models.reorder_showcase_chats_request import ReorderShowcaseChatsRequest
    from ...models.showcase_chat import ShowcaseChat
    from ...models.update_showcase_chat_request import UpdateShowcaseChatRequest
    from ...models.upload_showcase_thumbnail_body import UploadShowcaseThumbnailBody
    from ...models.upload_showcase_thumbnail_response import (
        UploadShowcaseThumbnailResponse,
    )
    from ...types import File, FileTypes

    pass


class Showcase(SyncResource):
    """The operations tagged showcase; `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> ShowcaseWithRawResponse:
        return ShowcaseWithRawResponse(self._requester)

    def list_showcase_chats(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ShowcaseChat]:
        """List showcase chats

        Public listing of admin-curated shared chats. Visibility is gated by the `showcase_page_mode` global
        setting: `disabled` (404), `authenticated` (login required, guests blocked), or `public` (anyone).
        """
        from . import list_showcase_chats as _op

        request = _op.build_request(offset=offset, limit=limit)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def iter_showcase_chats(
        self,
        *,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[ShowcaseChat]:
        """List showcase chats

        Every item of `list_showcase_chats`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_showcase_chats(
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    @overload
    def add_showcase_chat(
        self,
        *,
        shared_chat_id: str,
        title: str,
        description: str,
        category: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AddShowcaseChatResponse: ...

    @overload
    def add_showcase_chat(
        self,
        *,
        body: AddShowcaseChatRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AddShowcaseChatResponse: ...

    def add_showcase_chat(
        self,
        *,
        shared_chat_id: Any = UNSET,
        title: Any = UNSET,
        description: Any = UNSET,
        category: Any = UNSET,
        body: AddShowcaseChatRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AddShowcaseChatResponse:
        """Add a shared chat to the showcase

        Requires the `h2ogpte/chat/manage_showcase` permission. Private shared chats may be pinned; their
        tiles are only listed to authenticated callers.
        """
        from . import add_showcase_chat as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                shared_chat_id=shared_chat_id,
                title=title,
                description=description,
                category=category,
            )
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_showcase_thumbnail(
        self,
        showcase_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> File:
        """Serve a showcase thumbnail

        Streams the stored thumbnail image. Public, but only served when showcase_page_mode allows.
        """
        from . import get_showcase_thumbnail as _op

        request = _op.build_request(showcase_id=showcase_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def upload_showcase_thumbnail(
        self,
        showcase_id: str,
        *,
        file: File,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UploadShowcaseThumbnailResponse: ...

    @overload
    def upload_showcase_thumbnail(
        self,
        showcase_id: str,
        *,
        body: UploadShowcaseThumbnailBody | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UploadShowcaseThumbnailResponse: ...

    def upload_showcase_thumbnail(
        self,
        showcase_id: str,
        *,
        file: Any = UNSET,
        body: UploadShowcaseThumbnailBody | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UploadShowcaseThumbnailResponse:
        """Upload a thumbnail for a showcase tile

        Requires the `h2ogpte/chat/manage_showcase` permission. Multipart upload of an image
        (jpg/png/webp/gif, max 20 MB). Stored in object storage; the resulting path is saved to the showcase
        entry.
        """
        from . import upload_showcase_thumbnail as _op

        request = _op.build_request(
            showcase_id=showcase_id, body=_op.build_body(body, file=file)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_showcase_thumbnail(
        self,
        showcase_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Remove a showcase thumbnail

        Requires the `h2ogpte/chat/manage_showcase` permission. Drops the thumbnail object from storage and
        clears the showcase row's thumbnail_path so the tile renders the placeholder icon.
        """
        from . import delete_showcase_thumbnail as _op

        request = _op.build_request(showcase_id=showcase_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_showcase_categories(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListShowcaseCategoriesResponse:
        """List existing showcase categories

        Returns the distinct, alphabetically-sorted set of category labels currently in use across showcase
        tiles. Powers the curator-facing autocomplete so admins reuse existing labels instead of fragmenting
        the taxonomy with typos. Requires the `h2ogpte/chat/manage_showcase` permission.
        """
        from . import list_showcase_categories as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def remove_showcase_chat(
        self,
        showcase_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Remove a chat from the showcase

        Requires the `h2ogpte/chat/manage_showcase` permission. The underlying shared chat is untouched;
        only the tile (and its stored thumbnail) is removed.
        """
        from . import remove_showcase_chat as _op

        request = _op.build_request(showcase_id=showcase_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_showcase_chat(
        self,
        showcase_id: str,
        *,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        category: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def update_showcase_chat(
        self,
        showcase_id: str,
        *,
        body: UpdateShowcaseChatRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def update_showcase_chat(
        self,
        showcase_id: str,
        *,
        title: Any = UNSET,
        description: Any = UNSET,
        category: Any = UNSET,
        body: UpdateShowcaseChatRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Update a showcase tile

        Requires the `h2ogpte/chat/manage_showcase` permission. Update the tile title, description, or
        category. Omitted fields are left unchanged. Title and description must remain non-empty (empty /
        whitespace-only returns 400); category may be cleared by sending an empty string. thumbnail_path is
        set exclusively by the upload endpoint.
        """
        from . import update_showcase_chat as _op

        request = _op.build_request(
            showcase_id=showcase_id,
            body=_op.build_body(
                body, title=title, description=description, category=category
            ),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def reorder_showcase_chats(
        self,
        *,
        orders: list[ReorderShowcaseChatEntry],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def reorder_showcase_chats(
        self,
        *,
        body: ReorderShowcaseChatsRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def reorder_showcase_chats(
        self,
        *,
        orders: Any = UNSET,
        body: ReorderShowcaseChatsRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Reorder showcase chats

        Requires the `h2ogpte/chat/manage_showcase` permission. Atomically reassigns sort_order for each
        entry.
        """
        from . import reorder_showcase_chats as _op

        request = _op.build_request(body=_op.build_body(body, orders=orders))
        return self._requester.send(request, _op.parse, request_timeout, max_retries)


class AsyncShowcase(AsyncResource):
    """The operations tagged showcase (async); `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> AsyncShowcaseWithRawResponse:
        return AsyncShowcaseWithRawResponse(self._requester)

    async def list_showcase_chats(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ShowcaseChat]:
        """List showcase chats

        Public listing of admin-curated shared chats. Visibility is gated by the `showcase_page_mode` global
        setting: `disabled` (404), `authenticated` (login required, guests blocked), or `public` (anyone).
        """
        from . import list_showcase_chats as _op

        request = _op.build_request(offset=offset, limit=limit)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    def iter_showcase_chats(
        self,
        *,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[ShowcaseChat]:
        """List showcase chats

        Every item of `list_showcase_chats`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_showcase_chats(
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    @overload
    async def add_showcase_chat(
        self,
        *,
        shared_chat_id: str,
        title: str,
        description: str,
        category: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AddShowcaseChatResponse: ...

    @overload
    async def add_showcase_chat(
        self,
        *,
        body: AddShowcaseChatRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AddShowcaseChatResponse: ...

    async def add_showcase_chat(
        self,
        *,
        shared_chat_id: Any = UNSET,
        title: Any = UNSET,
        description: Any = UNSET,
        category: Any = UNSET,
        body: AddShowcaseChatRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AddShowcaseChatResponse:
        """Add a shared chat to the showcase

        Requires the `h2ogpte/chat/manage_showcase` permission. Private shared chats may be pinned; their
        tiles are only listed to authenticated callers.
        """
        from . import add_showcase_chat as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                shared_chat_id=shared_chat_id,
                title=title,
                description=description,
                category=category,
            )
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_showcase_thumbnail(
        self,
        showcase_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> File:
        """Serve a showcase thumbnail

        Streams the stored thumbnail image. Public, but only served when showcase_page_mode allows.
        """
        from . import get_showcase_thumbnail as _op

        request = _op.build_request(showcase_id=showcase_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def upload_showcase_thumbnail(
        self,
        showcase_id: str,
        *,
        file: File,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UploadShowcaseThumbnailResponse: ...

    @overload
    async def upload_showcase_thumbnail(
        self,
        showcase_id: str,
        *,
        body: UploadShowcaseThumbnailBody | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UploadShowcaseThumbnailResponse: ...

    async def upload_showcase_thumbnail(
        self,
        showcase_id: str,
        *,
        file: Any = UNSET,
        body: UploadShowcaseThumbnailBody | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UploadShowcaseThumbnailResponse:
        """Upload a thumbnail for a showcase tile

        Requires the `h2ogpte/chat/manage_showcase` permission. Multipart upload of an image
        (jpg/png/webp/gif, max 20 MB). Stored in object storage; the resulting path is saved to the showcase
        entry.
        """
        from . import upload_showcase_thumbnail as _op

        request = _op.build_request(
            showcase_id=showcase_id, body=_op.build_body(body, file=file)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_showcase_thumbnail(
        self,
        showcase_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Remove a showcase thumbnail

        Requires the `h2ogpte/chat/manage_showcase` permission. Drops the thumbnail object from storage and
        clears the showcase row's thumbnail_path so the tile renders the placeholder icon.
        """
        from . import delete_showcase_thumbnail as _op

        request = _op.build_request(showcase_id=showcase_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_showcase_categories(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListShowcaseCategoriesResponse:
        """List existing showcase categories

        Returns the distinct, alphabetically-sorted set of category labels currently in use across showcase
        tiles. Powers the curator-facing autocomplete so admins reuse existing labels instead of fragmenting
        the taxonomy with typos. Requires the `h2ogpte/chat/manage_showcase` permission.
        """
        from . import list_showcase_categories as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def remove_showcase_chat(
        self,
        showcase_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Remove a chat from the showcase

        Requires the `h2ogpte/chat/manage_showcase` permission. The underlying shared chat is untouched;
        only the tile (and its stored thumbnail) is removed.
        """
        from . import remove_showcase_chat as _op

        request = _op.build_request(showcase_id=showcase_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_showcase_chat(
        self,
        showcase_id: str,
        *,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        category: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def update_showcase_chat(
        self,
        showcase_id: str,
        *,
        body: UpdateShowcaseChatRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def update_showcase_chat(
        self,
        showcase_id: str,
        *,
        title: Any = UNSET,
        description: Any = UNSET,
        category: Any = UNSET,
        body: UpdateShowcaseChatRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Update a showcase tile

        Requires the `h2ogpte/chat/manage_showcase` permission. Update the tile title, description, or
        category. Omitted fields are left unchanged. Title and description must remain non-empty (empty /
        whitespace-only returns 400); category may be cleared by sending an empty string. thumbnail_path is
        set exclusively by the upload endpoint.
        """
        from . import update_showcase_chat as _op

        request = _op.build_request(
            showcase_id=showcase_id,
            body=_op.build_body(
                body, title=title, description=description, category=category
            ),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def reorder_showcase_chats(
        self,
        *,
        orders: list[ReorderShowcaseChatEntry],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def reorder_showcase_chats(
        self,
        *,
        body: ReorderShowcaseChatsRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def reorder_showcase_chats(
        self,
        *,
        orders: Any = UNSET,
        body: ReorderShowcaseChatsRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Reorder showcase chats

        Requires the `h2ogpte/chat/manage_showcase` permission. Atomically reassigns sort_order for each
        entry.
        """
        from . import reorder_showcase_chats as _op

        request = _op.build_request(body=_op.build_body(body, orders=orders))
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )


class ShowcaseWithRawResponse(SyncRawResource):
    """The operations of `Showcase`, each returning the whole `Response` (status_code, headers, parsed)."""

    list_showcase_chats = raw_response(Showcase.list_showcase_chats)
    add_showcase_chat = raw_response(Showcase.add_showcase_chat)
    get_showcase_thumbnail = raw_response(Showcase.get_showcase_thumbnail)
    upload_showcase_thumbnail = raw_response(Showcase.upload_showcase_thumbnail)
    delete_showcase_thumbnail = raw_response(Showcase.delete_showcase_thumbnail)
    list_showcase_categories = raw_response(Showcase.list_showcase_categories)
    remove_showcase_chat = raw_response(Showcase.remove_showcase_chat)
    update_showcase_chat = raw_response(Showcase.update_showcase_chat)
    reorder_showcase_chats = raw_response(Showcase.reorder_showcase_chats)


class AsyncShowcaseWithRawResponse(AsyncRawResource):
    """The operations of `AsyncShowcase`, each returning the whole `Response` (status_code, headers, parsed)."""

    list_showcase_chats = async_raw_response(AsyncShowcase.list_showcase_chats)
    add_showcase_chat = async_raw_response(AsyncShowcase.add_showcase_chat)
    get_showcase_thumbnail = async_raw_response(AsyncShowcase.get_showcase_thumbnail)
    upload_showcase_thumbnail = async_raw_response(
        AsyncShowcase.upload_showcase_thumbnail
    )
    delete_showcase_thumbnail = async_raw_response(
        AsyncShowcase.delete_showcase_thumbnail
    )
    list_showcase_categories = async_raw_response(
        AsyncShowcase.list_showcase_categories
    )
    remove_showcase_chat = async_raw_response(AsyncShowcase.remove_showcase_chat)
    update_showcase_chat = async_raw_response(AsyncShowcase.update_showcase_chat)
    reorder_showcase_chats = async_raw_response(AsyncShowcase.reorder_showcase_chats)


__all__ = [
    "AsyncShowcase",
    "AsyncShowcaseWithRawResponse",
    "Showcase",
    "ShowcaseWithRawResponse",
]
