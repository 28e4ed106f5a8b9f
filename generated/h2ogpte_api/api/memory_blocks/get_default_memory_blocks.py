from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.default_memory_blocks_response import DefaultMemoryBlocksResponse

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response


def build_request() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/current/default_memory_blocks",
    }

    return _kwargs


def parse(response: httpx.Response) -> DefaultMemoryBlocksResponse:
    if response.status_code == 200:
        response_200 = DefaultMemoryBlocksResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[DefaultMemoryBlocksResponse | None]:
    """Get default memory blocks

     Returns the user's default memory blocks for LLM and agent scopes. The two scopes are independent
    with no cascade.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DefaultMemoryBlocksResponse | None]
    """

    response = client.get_httpx_client().request(**build_request())
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
) -> DefaultMemoryBlocksResponse | None:
    """Get default memory blocks

     Returns the user's default memory blocks for LLM and agent scopes. The two scopes are independent
    with no cascade.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DefaultMemoryBlocksResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[DefaultMemoryBlocksResponse | None]:
    """Get default memory blocks

     Returns the user's default memory blocks for LLM and agent scopes. The two scopes are independent
    with no cascade.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DefaultMemoryBlocksResponse | None]
    """

    response = await client.get_async_httpx_client().request(**build_request())
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> DefaultMemoryBlocksResponse | None:
    """Get default memory blocks

     Returns the user's default memory blocks for LLM and agent scopes. The two scopes are independent
    with no cascade.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DefaultMemoryBlocksResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
