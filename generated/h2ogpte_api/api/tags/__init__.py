"""The operations tagged tags: `client.tags` is a `Tags` (an `AsyncTags` on an async client).

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
    from ...models.delete_tag_200_response import DeleteTag200Response
    from ...models.document import Document
    from ...models.endpoint_error import EndpointError
    from ...models.tag import Tag
    from ...models.tag_create_request import TagCreateRequest
    from ...models.tag_update_request import TagUpdateRequest

    pass


class Tags(SyncResource):
    """The operations tagged tags; `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> TagsWithRawResponse:
        return TagsWithRawResponse(self._requester)

    def list_tags(
        self,
        *,
        linked_only: bool | Unset = UNSET,
        user_scope: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[Tag]:
        """List tags.

        List all existing tags.
        """
        from . import list_tags as _op

        request = _op.build_request(linked_only=linked_only, user_scope=user_scope)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def create_tag(
        self,
        *,
        name: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Tag: ...

    @overload
    def create_tag(
        self,
        *,
        body: TagCreateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Tag: ...

    def create_tag(
        self,
        *,
        name: Any = UNSET,
        body: TagCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Tag:
        """Creates a new tag.

        Creates a new tag that can be subsequently associated with a document.
        """
        from . import create_tag as _op

        request = _op.build_request(body=_op.build_body(body, name=name))
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_tag(
        self,
        tag_name: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Tag:
        """Finds a tag by its name.

        Returns a single tag by its unique name.
        """
        from . import get_tag as _op

        request = _op.build_request(tag_name=tag_name)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_tag(
        self,
        tag_name: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> DeleteTag200Response:
        """Deletes a tag.

        Deletes a tag by its name. Only the tag creator can delete it. All document-tag associations are
        removed.
        """
        from . import delete_tag as _op

        request = _op.build_request(tag_name=tag_name)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_tag(
        self,
        tag_name: str,
        *,
        description: str | Unset = UNSET,
        format_: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Tag: ...

    @overload
    def update_tag(
        self,
        tag_name: str,
        *,
        body: TagUpdateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Tag: ...

    def update_tag(
        self,
        tag_name: str,
        *,
        description: Any = UNSET,
        format_: Any = UNSET,
        body: TagUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Tag:
        """Updates attributes of a tag.

        Updates attributes of an existing tag, particularly description and format.
        """
        from . import update_tag as _op

        request = _op.build_request(
            tag_name=tag_name,
            body=_op.build_body(body, description=description, format_=format_),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_documents_for_tags(
        self,
        tag_names: list[str],
        *,
        collection_id: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[Document]:
        """List documents associated with a tag."""
        from . import list_documents_for_tags as _op

        request = _op.build_request(tag_names=tag_names, collection_id=collection_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)


class AsyncTags(AsyncResource):
    """The operations tagged tags (async); `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> AsyncTagsWithRawResponse:
        return AsyncTagsWithRawResponse(self._requester)

    async def list_tags(
        self,
        *,
        linked_only: bool | Unset = UNSET,
        user_scope: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[Tag]:
        """List tags.

        List all existing tags.
        """
        from . import list_tags as _op

        request = _op.build_request(linked_only=linked_only, user_scope=user_scope)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def create_tag(
        self,
        *,
        name: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Tag: ...

    @overload
    async def create_tag(
        self,
        *,
        body: TagCreateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Tag: ...

    async def create_tag(
        self,
        *,
        name: Any = UNSET,
        body: TagCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Tag:
        """Creates a new tag.

        Creates a new tag that can be subsequently associated with a document.
        """
        from . import create_tag as _op

        request = _op.build_request(body=_op.build_body(body, name=name))
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_tag(
        self,
        tag_name: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Tag:
        """Finds a tag by its name.

        Returns a single tag by its unique name.
        """
        from . import get_tag as _op

        request = _op.build_request(tag_name=tag_name)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_tag(
        self,
        tag_name: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> DeleteTag200Response:
        """Deletes a tag.

        Deletes a tag by its name. Only the tag creator can delete it. All document-tag associations are
        removed.
        """
        from . import delete_tag as _op

        request = _op.build_request(tag_name=tag_name)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_tag(
        self,
        tag_name: str,
        *,
        description: str | Unset = UNSET,
        format_: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Tag: ...

    @overload
    async def update_tag(
        self,
        tag_name: str,
        *,
        body: TagUpdateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Tag: ...

    async def update_tag(
        self,
        tag_name: str,
        *,
        description: Any = UNSET,
        format_: Any = UNSET,
        body: TagUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Tag:
        """Updates attributes of a tag.

        Updates attributes of an existing tag, particularly description and format.
        """
        from . import update_tag as _op

        request = _op.build_request(
            tag_name=tag_name,
            body=_op.build_body(body, description=description, format_=format_),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_documents_for_tags(
        self,
        tag_names: list[str],
        *,
        collection_id: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[Document]:
        """List documents associated with a tag."""
        from . import list_documents_for_tags as _op

        request = _op.build_request(tag_names=tag_names, collection_id=collection_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )


class TagsWithRawResponse(SyncRawResource):
    """The operations of `Tags`, each returning the whole `Response` (status_code, headers, parsed)."""

    list_tags = raw_response(Tags.list_tags)
    create_tag = raw_response(Tags.create_tag)
    get_tag = raw_response(Tags.get_tag)
    delete_tag = raw_response(Tags.delete_tag)
    update_tag = raw_response(Tags.update_tag)
    list_documents_for_tags = raw_response(Tags.list_documents_for_tags)


class AsyncTagsWithRawResponse(AsyncRawResource):
    """The operations of `AsyncTags`, each returning the whole `Response` (status_code, headers, parsed)."""

    list_tags = async_raw_response(AsyncTags.list_tags)
    create_tag = async_raw_response(AsyncTags.create_tag)
    get_tag = async_raw_response(AsyncTags.get_tag)
    delete_tag = async_raw_response(AsyncTags.delete_tag)
    update_tag = async_raw_response(AsyncTags.update_tag)
    list_documents_for_tags = async_raw_response(AsyncTags.list_documents_for_tags)


__all__ = ["AsyncTags", "AsyncTagsWithRawResponse", "Tags", "TagsWithRawResponse"]
