from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.memory_block import MemoryBlock
from ...models.memory_block_create_request import MemoryBlockCreateRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
)
from .. import make_body


def build_request(
    *,
    body: MemoryBlockCreateRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/memory_blocks",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> MemoryBlock:
    if response.status_code == 201:
        response_201 = MemoryBlock.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: MemoryBlockCreateRequest | Mapping[str, Any] | Unset,
    *,
    name: Any = UNSET,
    content: Any = UNSET,
    system_prompt_amendment: Any = UNSET,
    injection_mode: Any = UNSET,
    access_mode: Any = UNSET,
    max_content_length: Any = UNSET,
) -> MemoryBlockCreateRequest:
    return make_body(
        MemoryBlockCreateRequest,
        body,
        {
            "name": name,
            "content": content,
            "system_prompt_amendment": system_prompt_amendment,
            "injection_mode": injection_mode,
            "access_mode": access_mode,
            "max_content_length": max_content_length,
        },
        "create_memory_block",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MemoryBlockCreateRequest,
) -> Response[MemoryBlock | None]:
    """Create a Memory Block

     Creates a new memory block for persistent agent memory. Memory blocks are cross-collection and per-
    user.

    Args:
        body (MemoryBlockCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MemoryBlock | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    body: MemoryBlockCreateRequest,
) -> MemoryBlock | None:
    """Create a Memory Block

     Creates a new memory block for persistent agent memory. Memory blocks are cross-collection and per-
    user.

    Args:
        body (MemoryBlockCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MemoryBlock
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MemoryBlockCreateRequest,
) -> Response[MemoryBlock | None]:
    """Create a Memory Block

     Creates a new memory block for persistent agent memory. Memory blocks are cross-collection and per-
    user.

    Args:
        body (MemoryBlockCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MemoryBlock | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MemoryBlockCreateRequest,
) -> MemoryBlock | None:
    """Create a Memory Block

     Creates a new memory block for persistent agent memory. Memory blocks are cross-collection and per-
    user.

    Args:
        body (MemoryBlockCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MemoryBlock
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
