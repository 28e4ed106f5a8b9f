"""The operations tagged memory_blocks: `client.memory_blocks` is a `MemoryBlocks` (an `AsyncMemoryBlocks` on an async client).

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

    from ...models.default_memory_blocks_response import DefaultMemoryBlocksResponse
    from ...models.endpoint_error import EndpointError
    from ...models.group_share_permission import GroupSharePermission
    from ...models.list_memory_blocks_200_response import ListMemoryBlocks200Response
    from ...models.memory_block import MemoryBlock
    from ...models.memory_block_create_request import MemoryBlockCreateRequest
    from ...models.memory_block_create_request_access_mode import (
        MemoryBlockCreateRequestAccessMode,
        check_memory_block_create_request_access_mode,
    )
    from ...models.memory_block_create_request_injection_mode import (
        MemoryBlockCreateRequestInjectionMode,
        check_memory_block_create_request_injection_mode,
    )
    from ...models.memory_block_privacy_request import MemoryBlockPrivacyRequest
    from ...models.memory_block_update_request import MemoryBlockUpdateRequest
    from ...models.memory_block_update_request_access_mode import (
        MemoryBlockUpdateRequestAccessMode,
        check_memory_block_update_request_access_mode,
    )
    from ...models.memory_block_update_request_injection_mode import (
        MemoryBlockUpdateRequestInjectionMode,
        check_memory_block_update_request_injection_mode,
    )
    from ...models.set_default_memory_block_request import SetDefaultMemoryBlockRequest
    from ...models.set_default_memory_block_request_scope import (
        SetDefaultMemoryBlockRequestScope,
        check_set_default_memory_block_request_scope,
    )
    from ...models.set_default_memory_block_response import (
        SetDefaultMemoryBlockResponse,
    )
    from ...models.share_memory_block_request import ShareMemoryBlockRequest
    from ...models.share_permission import SharePermission

    pass


class MemoryBlocks(SyncResource):
    """The operations tagged memory_blocks; `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> MemoryBlocksWithRawResponse:
        return MemoryBlocksWithRawResponse(self._requester)

    def list_memory_blocks(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name_filter: str | Unset = UNSET,
        updated_after: datetime.datetime | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListMemoryBlocks200Response:
        """List memory blocks.

        List memory blocks accessible to the current user (owned, shared, or public).
        """
        from . import list_memory_blocks as _op

        request = _op.build_request(
            offset=offset,
            limit=limit,
            name_filter=name_filter,
            updated_after=updated_after,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def iter_memory_blocks(
        self,
        *,
        name_filter: str | Unset = UNSET,
        updated_after: datetime.datetime | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[MemoryBlock]:
        """List memory blocks.

        Every item of `list_memory_blocks` (the `items` of each answer), fetched `page_size` at a time as
        the iteration goes.
        """

        def _fetch(offset: int, limit: int) -> list[MemoryBlock]:
            _page = self.list_memory_blocks(
                name_filter=name_filter,
                updated_after=updated_after,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            )
            return _page.items

        return self._requester.paginate(_fetch, page_size)

    @overload
    def create_memory_block(
        self,
        *,
        name: str,
        content: str | Unset = UNSET,
        system_prompt_amendment: str | Unset = UNSET,
        injection_mode: MemoryBlockCreateRequestInjectionMode
        | UnknownEnumValue
        | Unset = UNSET,
        access_mode: MemoryBlockCreateRequestAccessMode
        | UnknownEnumValue
        | Unset = UNSET,
        max_content_length: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> MemoryBlock: ...

    @overload
    def create_memory_block(
        self,
        *,
        body: MemoryBlockCreateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> MemoryBlock: ...

    def create_memory_block(
        self,
        *,
        name: Any = UNSET,
        content: Any = UNSET,
        system_prompt_amendment: Any = UNSET,
        injection_mode: Any = UNSET,
        access_mode: Any = UNSET,
        max_content_length: Any = UNSET,
        body: MemoryBlockCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> MemoryBlock:
        """Create a Memory Block

        Creates a new memory block for persistent agent memory. Memory blocks are cross-collection and per-
        user.
        """
        from . import create_memory_block as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                name=name,
                content=content,
                system_prompt_amendment=system_prompt_amendment,
                injection_mode=injection_mode,
                access_mode=access_mode,
                max_content_length=max_content_length,
            )
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_memory_block(
        self,
        memory_block_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> MemoryBlock:
        """Get a memory block by ID.

        Returns a specific memory block by its ID.
        """
        from . import get_memory_block as _op

        request = _op.build_request(memory_block_id=memory_block_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_memory_block(
        self,
        memory_block_id: str,
        *,
        name: str | Unset = UNSET,
        content: str | Unset = UNSET,
        system_prompt_amendment: str | Unset = UNSET,
        injection_mode: MemoryBlockUpdateRequestInjectionMode
        | UnknownEnumValue
        | Unset = UNSET,
        access_mode: MemoryBlockUpdateRequestAccessMode
        | UnknownEnumValue
        | Unset = UNSET,
        max_content_length: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def update_memory_block(
        self,
        memory_block_id: str,
        *,
        body: MemoryBlockUpdateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def update_memory_block(
        self,
        memory_block_id: str,
        *,
        name: Any = UNSET,
        content: Any = UNSET,
        system_prompt_amendment: Any = UNSET,
        injection_mode: Any = UNSET,
        access_mode: Any = UNSET,
        max_content_length: Any = UNSET,
        body: MemoryBlockUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Update a memory block.

        Updates the name, content, and/or system prompt amendment of a memory block.
        """
        from . import update_memory_block as _op

        request = _op.build_request(
            memory_block_id=memory_block_id,
            body=_op.build_body(
                body,
                name=name,
                content=content,
                system_prompt_amendment=system_prompt_amendment,
                injection_mode=injection_mode,
                access_mode=access_mode,
                max_content_length=max_content_length,
            ),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_memory_block(
        self,
        memory_block_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a memory block.

        Deletes a memory block. Only the owner can delete.
        """
        from . import delete_memory_block as _op

        request = _op.build_request(memory_block_id=memory_block_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_default_memory_blocks(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> DefaultMemoryBlocksResponse:
        """Get default memory blocks

        Returns the user's default memory blocks for LLM and agent scopes. The two scopes are independent
        with no cascade.
        """
        from . import get_default_memory_blocks as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def set_default_memory_block(
        self,
        *,
        scope: SetDefaultMemoryBlockRequestScope | UnknownEnumValue,
        memory_block_id: None | str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SetDefaultMemoryBlockResponse: ...

    @overload
    def set_default_memory_block(
        self,
        *,
        body: SetDefaultMemoryBlockRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SetDefaultMemoryBlockResponse: ...

    def set_default_memory_block(
        self,
        *,
        scope: Any = UNSET,
        memory_block_id: Any = UNSET,
        body: SetDefaultMemoryBlockRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SetDefaultMemoryBlockResponse:
        """Set a default memory block

        Sets a default memory block for a given scope (llm or agent). Pass memory_block_id as null to clear.
        """
        from . import set_default_memory_block as _op

        request = _op.build_request(
            body=_op.build_body(body, scope=scope, memory_block_id=memory_block_id)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_memory_block_group_permissions(
        self,
        memory_block_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GroupSharePermission]:
        """List group share permissions for a memory block.

        Returns the list of groups with explicit (direct) share grants on the memory block. Does not include
        cascade access derived from collection sharing.
        """
        from . import list_memory_block_group_permissions as _op

        request = _op.build_request(memory_block_id=memory_block_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_memory_block_permissions(
        self,
        memory_block_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[SharePermission]:
        """List user share permissions for a memory block.

        Returns the list of users with explicit (direct) share grants on the memory block. Does not include
        cascade access derived from collection sharing.
        """
        from . import list_memory_block_permissions as _op

        request = _op.build_request(memory_block_id=memory_block_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_public_memory_block_permissions(
        self,
        memory_block_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[str]:
        """Returns the public permissions for a memory block.

        Returns the list of public permissions for a memory block. Returns an empty array if the memory
        block is not public or has no permissions. Read access is implicit for public memory blocks; an
        empty array on a public block means public read-only, while ['h2ogpte/memory_block/edit'] means
        public read + edit. Never raises 404 — unknown memory block ids also return an empty array (mirrors
        the collection endpoint).
        """
        from . import list_public_memory_block_permissions as _op

        request = _op.build_request(memory_block_id=memory_block_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def set_memory_block_privacy(
        self,
        memory_block_id: str,
        *,
        is_public: bool,
        permissions: list[str] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def set_memory_block_privacy(
        self,
        memory_block_id: str,
        *,
        body: MemoryBlockPrivacyRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def set_memory_block_privacy(
        self,
        memory_block_id: str,
        *,
        is_public: Any = UNSET,
        permissions: Any = UNSET,
        body: MemoryBlockPrivacyRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Set memory block public or private.

        Toggle whether a memory block is publicly accessible.
        """
        from . import set_memory_block_privacy as _op

        request = _op.build_request(
            memory_block_id=memory_block_id,
            body=_op.build_body(body, is_public=is_public, permissions=permissions),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def share_memory_block(
        self,
        memory_block_id: str,
        username: str,
        *,
        permissions: list[str] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def share_memory_block(
        self,
        memory_block_id: str,
        username: str,
        *,
        body: ShareMemoryBlockRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def share_memory_block(
        self,
        memory_block_id: str,
        username: str,
        *,
        permissions: Any = UNSET,
        body: ShareMemoryBlockRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Share a memory block with a user.

        Shares a memory block with a user, granting read and/or edit permissions.
        """
        from . import share_memory_block as _op

        request = _op.build_request(
            memory_block_id=memory_block_id,
            username=username,
            body=_op.build_body(body, permissions=permissions),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def unshare_memory_block(
        self,
        memory_block_id: str,
        username: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Remove sharing of a memory block from a user.

        Removes sharing of a memory block from a user.
        """
        from . import unshare_memory_block as _op

        request = _op.build_request(memory_block_id=memory_block_id, username=username)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def share_memory_block_with_group(
        self,
        memory_block_id: str,
        group_id: str,
        *,
        permissions: list[str] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def share_memory_block_with_group(
        self,
        memory_block_id: str,
        group_id: str,
        *,
        body: ShareMemoryBlockRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def share_memory_block_with_group(
        self,
        memory_block_id: str,
        group_id: str,
        *,
        permissions: Any = UNSET,
        body: ShareMemoryBlockRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Share a memory block with a group.

        Shares a memory block with a group, granting read and/or edit permissions.
        """
        from . import share_memory_block_with_group as _op

        request = _op.build_request(
            memory_block_id=memory_block_id,
            group_id=group_id,
            body=_op.build_body(body, permissions=permissions),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def unshare_memory_block_from_group(
        self,
        memory_block_id: str,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Remove sharing of a memory block from a group.

        Removes sharing of a memory block from a group.
        """
        from . import unshare_memory_block_from_group as _op

        request = _op.build_request(memory_block_id=memory_block_id, group_id=group_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)


class AsyncMemoryBlocks(AsyncResource):
    """The operations tagged memory_blocks (async); `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> AsyncMemoryBlocksWithRawResponse:
        return AsyncMemoryBlocksWithRawResponse(self._requester)

    async def list_memory_blocks(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name_filter: str | Unset = UNSET,
        updated_after: datetime.datetime | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListMemoryBlocks200Response:
        """List memory blocks.

        List memory blocks accessible to the current user (owned, shared, or public).
        """
        from . import list_memory_blocks as _op

        request = _op.build_request(
            offset=offset,
            limit=limit,
            name_filter=name_filter,
            updated_after=updated_after,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    def iter_memory_blocks(
        self,
        *,
        name_filter: str | Unset = UNSET,
        updated_after: datetime.datetime | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[MemoryBlock]:
        """List memory blocks.

        Every item of `list_memory_blocks` (the `items` of each answer), fetched `page_size` at a time as
        the iteration goes.
        """

        async def _fetch(offset: int, limit: int) -> list[MemoryBlock]:
            _page = await self.list_memory_blocks(
                name_filter=name_filter,
                updated_after=updated_after,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            )
            return _page.items

        return self._requester.paginate(_fetch, page_size)

    @overload
    async def create_memory_block(
        self,
        *,
        name: str,
        content: str | Unset = UNSET,
        system_prompt_amendment: str | Unset = UNSET,
        injection_mode: MemoryBlockCreateRequestInjectionMode
        | UnknownEnumValue
        | Unset = UNSET,
        access_mode: MemoryBlockCreateRequestAccessMode
        | UnknownEnumValue
        | Unset = UNSET,
        max_content_length: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> MemoryBlock: ...

    @overload
    async def create_memory_block(
        self,
        *,
        body: MemoryBlockCreateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> MemoryBlock: ...

    async def create_memory_block(
        self,
        *,
        name: Any = UNSET,
        content: Any = UNSET,
        system_prompt_amendment: Any = UNSET,
        injection_mode: Any = UNSET,
        access_mode: Any = UNSET,
        max_content_length: Any = UNSET,
        body: MemoryBlockCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> MemoryBlock:
        """Create a Memory Block

        Creates a new memory block for persistent agent memory. Memory blocks are cross-collection and per-
        user.
        """
        from . import create_memory_block as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                name=name,
                content=content,
                system_prompt_amendment=system_prompt_amendment,
                injection_mode=injection_mode,
                access_mode=access_mode,
                max_content_length=max_content_length,
            )
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_memory_block(
        self,
        memory_block_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> MemoryBlock:
        """Get a memory block by ID.

        Returns a specific memory block by its ID.
        """
        from . import get_memory_block as _op

        request = _op.build_request(memory_block_id=memory_block_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_memory_block(
        self,
        memory_block_id: str,
        *,
        name: str | Unset = UNSET,
        content: str | Unset = UNSET,
        system_prompt_amendment: str | Unset = UNSET,
        injection_mode: MemoryBlockUpdateRequestInjectionMode
        | UnknownEnumValue
        | Unset = UNSET,
        access_mode: MemoryBlockUpdateRequestAccessMode
        | UnknownEnumValue
        | Unset = UNSET,
        max_content_length: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def update_memory_block(
        self,
        memory_block_id: str,
        *,
        body: MemoryBlockUpdateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def update_memory_block(
        self,
        memory_block_id: str,
        *,
        name: Any = UNSET,
        content: Any = UNSET,
        system_prompt_amendment: Any = UNSET,
        injection_mode: Any = UNSET,
        access_mode: Any = UNSET,
        max_content_length: Any = UNSET,
        body: MemoryBlockUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Update a memory block.

        Updates the name, content, and/or system prompt amendment of a memory block.
        """
        from . import update_memory_block as _op

        request = _op.build_request(
            memory_block_id=memory_block_id,
            body=_op.build_body(
                body,
                name=name,
                content=content,
                system_prompt_amendment=system_prompt_amendment,
                injection_mode=injection_mode,
                access_mode=access_mode,
                max_content_length=max_content_length,
            ),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_memory_block(
        self,
        memory_block_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a memory block.

        Deletes a memory block. Only the owner can delete.
        """
        from . import delete_memory_block as _op

        request = _op.build_request(memory_block_id=memory_block_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_default_memory_blocks(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> DefaultMemoryBlocksResponse:
        """Get default memory blocks

        Returns the user's default memory blocks for LLM and agent scopes. The two scopes are independent
        with no cascade.
        """
        from . import get_default_memory_blocks as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def set_default_memory_block(
        self,
        *,
        scope: SetDefaultMemoryBlockRequestScope | UnknownEnumValue,
        memory_block_id: None | str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SetDefaultMemoryBlockResponse: ...

    @overload
    async def set_default_memory_block(
        self,
        *,
        body: SetDefaultMemoryBlockRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SetDefaultMemoryBlockResponse: ...

    async def set_default_memory_block(
        self,
        *,
        scope: Any = UNSET,
        memory_block_id: Any = UNSET,
        body: SetDefaultMemoryBlockRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SetDefaultMemoryBlockResponse:
        """Set a default memory block

        Sets a default memory block for a given scope (llm or agent). Pass memory_block_id as null to clear.
        """
        from . import set_default_memory_block as _op

        request = _op.build_request(
            body=_op.build_body(body, scope=scope, memory_block_id=memory_block_id)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_memory_block_group_permissions(
        self,
        memory_block_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GroupSharePermission]:
        """List group share permissions for a memory block.

        Returns the list of groups with explicit (direct) share grants on the memory block. Does not include
        cascade access derived from collection sharing.
        """
        from . import list_memory_block_group_permissions as _op

        request = _op.build_request(memory_block_id=memory_block_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_memory_block_permissions(
        self,
        memory_block_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[SharePermission]:
        """List user share permissions for a memory block.

        Returns the list of users with explicit (direct) share grants on the memory block. Does not include
        cascade access derived from collection sharing.
        """
        from . import list_memory_block_permissions as _op

        request = _op.build_request(memory_block_id=memory_block_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_public_memory_block_permissions(
        self,
        memory_block_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[str]:
        """Returns the public permissions for a memory block.

        Returns the list of public permissions for a memory block. Returns an empty array if the memory
        block is not public or has no permissions. Read access is implicit for public memory blocks; an
        empty array on a public block means public read-only, while ['h2ogpte/memory_block/edit'] means
        public read + edit. Never raises 404 — unknown memory block ids also return an empty array (mirrors
        the collection endpoint).
        """
        from . import list_public_memory_block_permissions as _op

        request = _op.build_request(memory_block_id=memory_block_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def set_memory_block_privacy(
        self,
        memory_block_id: str,
        *,
        is_public: bool,
        permissions: list[str] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def set_memory_block_privacy(
        self,
        memory_block_id: str,
        *,
        body: MemoryBlockPrivacyRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def set_memory_block_privacy(
        self,
        memory_block_id: str,
        *,
        is_public: Any = UNSET,
        permissions: Any = UNSET,
        body: MemoryBlockPrivacyRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Set memory block public or private.

        Toggle whether a memory block is publicly accessible.
        """
        from . import set_memory_block_privacy as _op

        request = _op.build_request(
            memory_block_id=memory_block_id,
            body=_op.build_body(body, is_public=is_public, permissions=permissions),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def share_memory_block(
        self,
        memory_block_id: str,
        username: str,
        *,
        permissions: list[str] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def share_memory_block(
        self,
        memory_block_id: str,
        username: str,
        *,
        body: ShareMemoryBlockRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def share_memory_block(
        self,
        memory_block_id: str,
        username: str,
        *,
        permissions: Any = UNSET,
        body: ShareMemoryBlockRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Share a memory block with a user.

        Shares a memory block with a user, granting read and/or edit permissions.
        """
        from . import share_memory_block as _op

        request = _op.build_request(
            memory_block_id=memory_block_id,
            username=username,
            body=_op.build_body(body, permissions=permissions),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def unshare_memory_block(
        self,
        memory_block_id: str,
        username: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Remove sharing of a memory block from a user.

        Removes sharing of a memory block from a user.
        """
        from . import unshare_memory_block as _op

        request = _op.build_request(memory_block_id=memory_block_id, username=username)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def share_memory_block_with_group(
        self,
        memory_block_id: str,
        group_id: str,
        *,
        permissions: list[str] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def share_memory_block_with_group(
        self,
        memory_block_id: str,
        group_id: str,
        *,
        body: ShareMemoryBlockRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def share_memory_block_with_group(
        self,
        memory_block_id: str,
        group_id: str,
        *,
        permissions: Any = UNSET,
        body: ShareMemoryBlockRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Share a memory block with a group.

        Shares a memory block with a group, granting read and/or edit permissions.
        """
        from . import share_memory_block_with_group as _op

        request = _op.build_request(
            memory_block_id=memory_block_id,
            group_id=group_id,
            body=_op.build_body(body, permissions=permissions),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def unshare_memory_block_from_group(
        self,
        memory_block_id: str,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Remove sharing of a memory block from a group.

        Removes sharing of a memory block from a group.
        """
        from . import unshare_memory_block_from_group as _op

        request = _op.build_request(memory_block_id=memory_block_id, group_id=group_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )


class MemoryBlocksWithRawResponse(SyncRawResource):
    """The operations of `MemoryBlocks`, each returning the whole `Response` (status_code, headers, parsed)."""

    list_memory_blocks = raw_response(MemoryBlocks.list_memory_blocks)
    create_memory_block = raw_response(MemoryBlocks.create_memory_block)
    get_memory_block = raw_response(MemoryBlocks.get_memory_block)
    update_memory_block = raw_response(MemoryBlocks.update_memory_block)
    delete_memory_block = raw_response(MemoryBlocks.delete_memory_block)
    get_default_memory_blocks = raw_response(MemoryBlocks.get_default_memory_blocks)
    set_default_memory_block = raw_response(MemoryBlocks.set_default_memory_block)
    list_memory_block_group_permissions = raw_response(
        MemoryBlocks.list_memory_block_group_permissions
    )
    list_memory_block_permissions = raw_response(
        MemoryBlocks.list_memory_block_permissions
    )
    list_public_memory_block_permissions = raw_response(
        MemoryBlocks.list_public_memory_block_permissions
    )
    set_memory_block_privacy = raw_response(MemoryBlocks.set_memory_block_privacy)
    share_memory_block = raw_response(MemoryBlocks.share_memory_block)
    unshare_memory_block = raw_response(MemoryBlocks.unshare_memory_block)
    share_memory_block_with_group = raw_response(
        MemoryBlocks.share_memory_block_with_group
    )
    unshare_memory_block_from_group = raw_response(
        MemoryBlocks.unshare_memory_block_from_group
    )


class AsyncMemoryBlocksWithRawResponse(AsyncRawResource):
    """The operations of `AsyncMemoryBlocks`, each returning the whole `Response` (status_code, headers, parsed)."""

    list_memory_blocks = async_raw_response(AsyncMemoryBlocks.list_memory_blocks)
    create_memory_block = async_raw_response(AsyncMemoryBlocks.create_memory_block)
    get_memory_block = async_raw_response(AsyncMemoryBlocks.get_memory_block)
    update_memory_block = async_raw_response(AsyncMemoryBlocks.update_memory_block)
    delete_memory_block = async_raw_response(AsyncMemoryBlocks.delete_memory_block)
    get_default_memory_blocks = async_raw_response(
        AsyncMemoryBlocks.get_default_memory_blocks
    )
    set_default_memory_block = async_raw_response(
        AsyncMemoryBlocks.set_default_memory_block
    )
    list_memory_block_group_permissions = async_raw_response(
        AsyncMemoryBlocks.list_memory_block_group_permissions
    )
    list_memory_block_permissions = async_raw_response(
        AsyncMemoryBlocks.list_memory_block_permissions
    )
    list_public_memory_block_permissions = async_raw_response(
        AsyncMemoryBlocks.list_public_memory_block_permissions
    )
    set_memory_block_privacy = async_raw_response(
        AsyncMemoryBlocks.set_memory_block_privacy
    )
    share_memory_block = async_raw_response(AsyncMemoryBlocks.share_memory_block)
    unshare_memory_block = async_raw_response(AsyncMemoryBlocks.unshare_memory_block)
    share_memory_block_with_group = async_raw_response(
        AsyncMemoryBlocks.share_memory_block_with_group
    )
    unshare_memory_block_from_group = async_raw_response(
        AsyncMemoryBlocks.unshare_memory_block_from_group
    )


__all__ = [
    "AsyncMemoryBlocks",
    "AsyncMemoryBlocksWithRawResponse",
    "MemoryBlocks",
    "MemoryBlocksWithRawResponse",
]
