from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.update_shared_chat_request import UpdateSharedChatRequest

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
    shared_chat_id: str,
    *,
    body: UpdateSharedChatRequest,
) -> dict[str, Any]:
    require_path_value("shared_chat_id", shared_chat_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/shared_chats/{shared_chat_id}".format(
            shared_chat_id=quote(str(shared_chat_id), safe=""),
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
    body: UpdateSharedChatRequest | Mapping[str, Any] | Unset,
    *,
    is_private: Any = UNSET,
    includes_artifacts: Any = UNSET,
) -> UpdateSharedChatRequest:
    return make_body(
        UpdateSharedChatRequest,
        body,
        {
            "is_private": is_private,
            "includes_artifacts": includes_artifacts,
        },
        "update_shared_chat",
        as_json=True,
    )


def sync_detailed(
    shared_chat_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSharedChatRequest,
) -> Response[None]:
    """Update a shared chat

     Update a shared chat's settings. Only the owner can update a shared chat.

    Args:
        shared_chat_id (str):
        body (UpdateSharedChatRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            shared_chat_id=shared_chat_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    shared_chat_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSharedChatRequest,
) -> None:
    """Update a shared chat

     Update a shared chat's settings. Only the owner can update a shared chat.

    Args:
        shared_chat_id (str):
        body (UpdateSharedChatRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        shared_chat_id=shared_chat_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    shared_chat_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSharedChatRequest,
) -> Response[None]:
    """Update a shared chat

     Update a shared chat's settings. Only the owner can update a shared chat.

    Args:
        shared_chat_id (str):
        body (UpdateSharedChatRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            shared_chat_id=shared_chat_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    shared_chat_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSharedChatRequest,
) -> None:
    """Update a shared chat

     Update a shared chat's settings. Only the owner can update a shared chat.

    Args:
        shared_chat_id (str):
        body (UpdateSharedChatRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            shared_chat_id=shared_chat_id,
            client=client,
            body=body,
        )
    ).parsed
