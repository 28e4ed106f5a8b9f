from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, check_items, require_path_value


def build_request(
    memory_block_id: str,
) -> dict[str, Any]:
    require_path_value("memory_block_id", memory_block_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/memory_blocks/{memory_block_id}/public_permissions".format(
            memory_block_id=quote(str(memory_block_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> list[str]:
    if response.status_code == 200:
        response_200 = cast(list[str], response.json())
        if response_200.__class__ is not list or response_200:
            check_items(response_200, "list_public_memory_block_permissions", "string")

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    memory_block_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[list[str] | None]:
    """Returns the public permissions for a memory block.

     Returns the list of public permissions for a memory block. Returns an empty array if the memory
    block is not public or has no permissions. Read access is implicit for public memory blocks; an
    empty array on a public block means public read-only, while ['h2ogpte/memory_block/edit'] means
    public read + edit. Never raises 404 — unknown memory block ids also return an empty array (mirrors
    the collection endpoint).

    Args:
        memory_block_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[str] | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            memory_block_id=memory_block_id,
        )
    )
    return build_response(client, response, parse)


def sync(
    memory_block_id: str,
    *,
    client: AuthenticatedClient,
) -> list[str] | None:
    """Returns the public permissions for a memory block.

     Returns the list of public permissions for a memory block. Returns an empty array if the memory
    block is not public or has no permissions. Read access is implicit for public memory blocks; an
    empty array on a public block means public read-only, while ['h2ogpte/memory_block/edit'] means
    public read + edit. Never raises 404 — unknown memory block ids also return an empty array (mirrors
    the collection endpoint).

    Args:
        memory_block_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[str]
    """

    return sync_detailed(
        memory_block_id=memory_block_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    memory_block_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[list[str] | None]:
    """Returns the public permissions for a memory block.

     Returns the list of public permissions for a memory block. Returns an empty array if the memory
    block is not public or has no permissions. Read access is implicit for public memory blocks; an
    empty array on a public block means public read-only, while ['h2ogpte/memory_block/edit'] means
    public read + edit. Never raises 404 — unknown memory block ids also return an empty array (mirrors
    the collection endpoint).

    Args:
        memory_block_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[str] | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            memory_block_id=memory_block_id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    memory_block_id: str,
    *,
    client: AuthenticatedClient,
) -> list[str] | None:
    """Returns the public permissions for a memory block.

     Returns the list of public permissions for a memory block. Returns an empty array if the memory
    block is not public or has no permissions. Read access is implicit for public memory blocks; an
    empty array on a public block means public read-only, while ['h2ogpte/memory_block/edit'] means
    public read + edit. Never raises 404 — unknown memory block ids also return an empty array (mirrors
    the collection endpoint).

    Args:
        memory_block_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[str]
    """

    return (
        await asyncio_detailed(
            memory_block_id=memory_block_id,
            client=client,
        )
    ).parsed
