from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.shared_chat_detail import SharedChatDetail

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    shared_chat_id: str,
) -> dict[str, Any]:
    require_path_value("shared_chat_id", shared_chat_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shared_chats/{shared_chat_id}".format(
            shared_chat_id=quote(str(shared_chat_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> SharedChatDetail:
    if response.status_code == 200:
        response_200 = SharedChatDetail.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    shared_chat_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[SharedChatDetail | None]:
    """Get a shared chat

     Get a shared chat by its ID. Public shared chats are accessible without authentication. Private
    shared chats require authentication.

    Args:
        shared_chat_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SharedChatDetail | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            shared_chat_id=shared_chat_id,
        )
    )
    return build_response(client, response, parse)


def sync(
    shared_chat_id: str,
    *,
    client: AuthenticatedClient,
) -> SharedChatDetail | None:
    """Get a shared chat

     Get a shared chat by its ID. Public shared chats are accessible without authentication. Private
    shared chats require authentication.

    Args:
        shared_chat_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SharedChatDetail
    """

    return sync_detailed(
        shared_chat_id=shared_chat_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    shared_chat_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[SharedChatDetail | None]:
    """Get a shared chat

     Get a shared chat by its ID. Public shared chats are accessible without authentication. Private
    shared chats require authentication.

    Args:
        shared_chat_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SharedChatDetail | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            shared_chat_id=shared_chat_id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    shared_chat_id: str,
    *,
    client: AuthenticatedClient,
) -> SharedChatDetail | None:
    """Get a shared chat

     Get a shared chat by its ID. Public shared chats are accessible without authentication. Private
    shared chats require authentication.

    Args:
        shared_chat_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SharedChatDetail
    """

    return (
        await asyncio_detailed(
            shared_chat_id=shared_chat_id,
            client=client,
        )
    ).parsed
