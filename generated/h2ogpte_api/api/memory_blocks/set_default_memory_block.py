from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.set_default_memory_block_request import SetDefaultMemoryBlockRequest
from ...models.set_default_memory_block_response import SetDefaultMemoryBlockResponse

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
    body: SetDefaultMemoryBlockRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/users/current/default_memory_blocks",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> SetDefaultMemoryBlockResponse:
    if response.status_code == 200:
        response_200 = SetDefaultMemoryBlockResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: SetDefaultMemoryBlockRequest | Mapping[str, Any] | Unset,
    *,
    scope: Any = UNSET,
    memory_block_id: Any = UNSET,
) -> SetDefaultMemoryBlockRequest:
    return make_body(
        SetDefaultMemoryBlockRequest,
        body,
        {
            "scope": scope,
            "memory_block_id": memory_block_id,
        },
        "set_default_memory_block",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SetDefaultMemoryBlockRequest,
) -> Response[SetDefaultMemoryBlockResponse | None]:
    """Set a default memory block

     Sets a default memory block for a given scope (llm or agent). Pass memory_block_id as null to clear.

    Args:
        body (SetDefaultMemoryBlockRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetDefaultMemoryBlockResponse | None]
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
    body: SetDefaultMemoryBlockRequest,
) -> SetDefaultMemoryBlockResponse | None:
    """Set a default memory block

     Sets a default memory block for a given scope (llm or agent). Pass memory_block_id as null to clear.

    Args:
        body (SetDefaultMemoryBlockRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetDefaultMemoryBlockResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SetDefaultMemoryBlockRequest,
) -> Response[SetDefaultMemoryBlockResponse | None]:
    """Set a default memory block

     Sets a default memory block for a given scope (llm or agent). Pass memory_block_id as null to clear.

    Args:
        body (SetDefaultMemoryBlockRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetDefaultMemoryBlockResponse | None]
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
    body: SetDefaultMemoryBlockRequest,
) -> SetDefaultMemoryBlockResponse | None:
    """Set a default memory block

     Sets a default memory block for a given scope (llm or agent). Pass memory_block_id as null to clear.

    Args:
        body (SetDefaultMemoryBlockRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetDefaultMemoryBlockResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
