from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.chat_session import ChatSession
from ...models.collection_change_request import CollectionChangeRequest

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
    session_id: str,
    *,
    body: CollectionChangeRequest,
) -> dict[str, Any]:
    require_path_value("session_id", session_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/chats/{session_id}/collection".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> ChatSession:
    if response.status_code == 200:
        response_200 = ChatSession.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: CollectionChangeRequest | Mapping[str, Any] | Unset,
    *,
    collection_id: Any = UNSET,
) -> CollectionChangeRequest:
    return make_body(
        CollectionChangeRequest,
        body,
        {
            "collection_id": collection_id,
        },
        "update_chat_session_collection",
        as_json=True,
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: CollectionChangeRequest,
) -> Response[ChatSession | None]:
    """Updates a collection reference of a chat session.

     Updates a collection reference of a chat session.

    Args:
        session_id (str):
        body (CollectionChangeRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatSession | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            session_id=session_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: CollectionChangeRequest,
) -> ChatSession | None:
    """Updates a collection reference of a chat session.

     Updates a collection reference of a chat session.

    Args:
        session_id (str):
        body (CollectionChangeRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatSession
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: CollectionChangeRequest,
) -> Response[ChatSession | None]:
    """Updates a collection reference of a chat session.

     Updates a collection reference of a chat session.

    Args:
        session_id (str):
        body (CollectionChangeRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatSession | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            session_id=session_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: CollectionChangeRequest,
) -> ChatSession | None:
    """Updates a collection reference of a chat session.

     Updates a collection reference of a chat session.

    Args:
        session_id (str):
        body (CollectionChangeRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatSession
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed
