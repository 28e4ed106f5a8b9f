from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.memory_block_privacy_request import MemoryBlockPrivacyRequest

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
    body: MemoryBlockPrivacyRequest,
) -> dict[str, Any]:
    require_path_value("memory_block_id", memory_block_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/memory_blocks/{memory_block_id}/privacy".format(
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
    body: MemoryBlockPrivacyRequest | Mapping[str, Any] | Unset,
    *,
    is_public: Any = UNSET,
    permissions: Any = UNSET,
) -> MemoryBlockPrivacyRequest:
    return make_body(
        MemoryBlockPrivacyRequest,
        body,
        {
            "is_public": is_public,
            "permissions": permissions,
        },
        "set_memory_block_privacy",
        as_json=True,
    )


def sync_detailed(
    memory_block_id: str,
    *,
    client: AuthenticatedClient,
    body: MemoryBlockPrivacyRequest,
) -> Response[None]:
    """Set memory block public or private.

     Toggle whether a memory block is publicly accessible.

    Args:
        memory_block_id (str):
        body (MemoryBlockPrivacyRequest):

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
    body: MemoryBlockPrivacyRequest,
) -> None:
    """Set memory block public or private.

     Toggle whether a memory block is publicly accessible.

    Args:
        memory_block_id (str):
        body (MemoryBlockPrivacyRequest):

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
    body: MemoryBlockPrivacyRequest,
) -> Response[None]:
    """Set memory block public or private.

     Toggle whether a memory block is publicly accessible.

    Args:
        memory_block_id (str):
        body (MemoryBlockPrivacyRequest):

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
    body: MemoryBlockPrivacyRequest,
) -> None:
    """Set memory block public or private.

     Toggle whether a memory block is publicly accessible.

    Args:
        memory_block_id (str):
        body (MemoryBlockPrivacyRequest):

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
