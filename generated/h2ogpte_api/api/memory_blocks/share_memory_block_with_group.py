from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.share_memory_block_request import ShareMemoryBlockRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
    require_path_value,
)
from .. import make_optional_body


def build_request(
    memory_block_id: str,
    group_id: str,
    *,
    body: ShareMemoryBlockRequest | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("memory_block_id", memory_block_id)
    require_path_value("group_id", group_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/memory_blocks/{memory_block_id}/group_permissions/{group_id}".format(
            memory_block_id=quote(str(memory_block_id), safe=""),
            group_id=quote(str(group_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: ShareMemoryBlockRequest | Mapping[str, Any] | Unset,
    *,
    permissions: Any = UNSET,
) -> ShareMemoryBlockRequest | Unset:
    return make_optional_body(
        ShareMemoryBlockRequest,
        body,
        {
            "permissions": permissions,
        },
        "share_memory_block_with_group",
        as_json=True,
    )


def sync_detailed(
    memory_block_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: ShareMemoryBlockRequest | Unset = UNSET,
) -> Response[None]:
    """Share a memory block with a group.

     Shares a memory block with a group, granting read and/or edit permissions.

    Args:
        memory_block_id (str):
        group_id (str):
        body (ShareMemoryBlockRequest | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            memory_block_id=memory_block_id,
            group_id=group_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    memory_block_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: ShareMemoryBlockRequest | Unset = UNSET,
) -> None:
    """Share a memory block with a group.

     Shares a memory block with a group, granting read and/or edit permissions.

    Args:
        memory_block_id (str):
        group_id (str):
        body (ShareMemoryBlockRequest | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        memory_block_id=memory_block_id,
        group_id=group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    memory_block_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: ShareMemoryBlockRequest | Unset = UNSET,
) -> Response[None]:
    """Share a memory block with a group.

     Shares a memory block with a group, granting read and/or edit permissions.

    Args:
        memory_block_id (str):
        group_id (str):
        body (ShareMemoryBlockRequest | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            memory_block_id=memory_block_id,
            group_id=group_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    memory_block_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: ShareMemoryBlockRequest | Unset = UNSET,
) -> None:
    """Share a memory block with a group.

     Shares a memory block with a group, granting read and/or edit permissions.

    Args:
        memory_block_id (str):
        group_id (str):
        body (ShareMemoryBlockRequest | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            memory_block_id=memory_block_id,
            group_id=group_id,
            client=client,
            body=body,
        )
    ).parsed
