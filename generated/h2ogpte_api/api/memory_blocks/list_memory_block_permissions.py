from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.share_permission import SharePermission

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, check_value, require_path_value


def build_request(
    memory_block_id: str,
) -> dict[str, Any]:
    require_path_value("memory_block_id", memory_block_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/memory_blocks/{memory_block_id}/permissions".format(
            memory_block_id=quote(str(memory_block_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> list[SharePermission]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "list_memory_block_permissions", "array")
        response_200 = list(map(SharePermission.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    memory_block_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[list[SharePermission] | None]:
    """List user share permissions for a memory block.

     Returns the list of users with explicit (direct) share grants on the memory block. Does not include
    cascade access derived from collection sharing.

    Args:
        memory_block_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[SharePermission] | None]
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
) -> list[SharePermission] | None:
    """List user share permissions for a memory block.

     Returns the list of users with explicit (direct) share grants on the memory block. Does not include
    cascade access derived from collection sharing.

    Args:
        memory_block_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[SharePermission]
    """

    return sync_detailed(
        memory_block_id=memory_block_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    memory_block_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[list[SharePermission] | None]:
    """List user share permissions for a memory block.

     Returns the list of users with explicit (direct) share grants on the memory block. Does not include
    cascade access derived from collection sharing.

    Args:
        memory_block_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[SharePermission] | None]
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
) -> list[SharePermission] | None:
    """List user share permissions for a memory block.

     Returns the list of users with explicit (direct) share grants on the memory block. Does not include
    cascade access derived from collection sharing.

    Args:
        memory_block_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[SharePermission]
    """

    return (
        await asyncio_detailed(
            memory_block_id=memory_block_id,
            client=client,
        )
    ).parsed
