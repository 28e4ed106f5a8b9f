from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.memory_block_update_request import MemoryBlockUpdateRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
    require_path_value,
)
from .. import make_body


def build_request(
    memory_block_id: str,
    *,
    body: MemoryBlockUpdateRequest,
) -> dict[str, Any]:
    require_path_value("memory_block_id", memory_block_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/memory_blocks/{memory_block_id}".format(
            memory_block_id=quote(str(memory_block_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: MemoryBlockUpdateRequest | Mapping[str, Any] | Unset,
    *,
    name: Any = UNSET,
    content: Any = UNSET,
    system_prompt_amendment: Any = UNSET,
    injection_mode: Any = UNSET,
    access_mode: Any = UNSET,
    max_content_length: Any = UNSET,
) -> MemoryBlockUpdateRequest:
    return make_body(
        MemoryBlockUpdateRequest,
        body,
        {
            "name": name,
            "content": content,
            "system_prompt_amendment": system_prompt_amendment,
            "injection_mode": injection_mode,
            "access_mode": access_mode,
            "max_content_length": max_content_length,
        },
        "update_memory_block",
        as_json=True,
    )


def sync_detailed(
    memory_block_id: str,
    *,
    client: AuthenticatedClient,
    body: MemoryBlockUpdateRequest,
) -> Response[None]:
    """Update a memory block.

     Updates the name, content, and/or system prompt amendment of a memory block.

    Args:
        memory_block_id (str):
        body (MemoryBlockUpdateRequest):

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
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    memory_block_id: str,
    *,
    client: AuthenticatedClient,
    body: MemoryBlockUpdateRequest,
) -> None:
    """Update a memory block.

     Updates the name, content, and/or system prompt amendment of a memory block.

    Args:
        memory_block_id (str):
        body (MemoryBlockUpdateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        memory_block_id=memory_block_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    memory_block_id: str,
    *,
    client: AuthenticatedClient,
    body: MemoryBlockUpdateRequest,
) -> Response[None]:
    """Update a memory block.

     Updates the name, content, and/or system prompt amendment of a memory block.

    Args:
        memory_block_id (str):
        body (MemoryBlockUpdateRequest):

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
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    memory_block_id: str,
    *,
    client: AuthenticatedClient,
    body: MemoryBlockUpdateRequest,
) -> None:
    """Update a memory block.

     Updates the name, content, and/or system prompt amendment of a memory block.

    Args:
        memory_block_id (str):
        body (MemoryBlockUpdateRequest):

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
            client=client,
            body=body,
        )
    ).parsed
