from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.share_chat_request import ShareChatRequest
from ...models.share_chat_response import ShareChatResponse

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
    body: ShareChatRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shared_chats",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> ShareChatResponse:
    if response.status_code == 201:
        response_201 = ShareChatResponse.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: ShareChatRequest | Mapping[str, Any] | Unset,
    *,
    chat_session_id: Any = UNSET,
    is_private: Any = UNSET,
    is_frozen: Any = UNSET,
    includes_artifacts: Any = UNSET,
) -> ShareChatRequest:
    return make_body(
        ShareChatRequest,
        body,
        {
            "chat_session_id": chat_session_id,
            "is_private": is_private,
            "is_frozen": is_frozen,
            "includes_artifacts": includes_artifacts,
        },
        "share_chat_session",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ShareChatRequest,
) -> Response[ShareChatResponse | None]:
    """Share a chat session

     Creates a shared chat from an existing chat session. Returns a URL that can be used to access the
    shared chat.

    Args:
        body (ShareChatRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShareChatResponse | None]
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
    body: ShareChatRequest,
) -> ShareChatResponse | None:
    """Share a chat session

     Creates a shared chat from an existing chat session. Returns a URL that can be used to access the
    shared chat.

    Args:
        body (ShareChatRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShareChatResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ShareChatRequest,
) -> Response[ShareChatResponse | None]:
    """Share a chat session

     Creates a shared chat from an existing chat session. Returns a URL that can be used to access the
    shared chat.

    Args:
        body (ShareChatRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShareChatResponse | None]
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
    body: ShareChatRequest,
) -> ShareChatResponse | None:
    """Share a chat session

     Creates a shared chat from an existing chat session. Returns a URL that can be used to access the
    shared chat.

    Args:
        body (ShareChatRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShareChatResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
