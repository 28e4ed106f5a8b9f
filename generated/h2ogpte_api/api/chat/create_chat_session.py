from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.chat_session import ChatSession
from ...models.create_chat_session_request import CreateChatSessionRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
)
from .. import make_optional_body


def build_request(
    *,
    body: CreateChatSessionRequest | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _params: dict[str, Any] = {}

    _params["collection_id"] = collection_id

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chats",
        "params": _params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> ChatSession:
    if response.status_code == 201:
        response_201 = ChatSession.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: CreateChatSessionRequest | Mapping[str, Any] | Unset,
    *,
    workspace: Any = UNSET,
) -> CreateChatSessionRequest | Unset:
    return make_optional_body(
        CreateChatSessionRequest,
        body,
        {
            "workspace": workspace,
        },
        "create_chat_session",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateChatSessionRequest | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> Response[ChatSession | None]:
    """Creates chat session.

     Creates chat session with a collection if provided. Otherwise, the session will be with a generic
    LLM.

    Args:
        collection_id (str | Unset):
        body (CreateChatSessionRequest | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatSession | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            body=body,
            collection_id=collection_id,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateChatSessionRequest | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> ChatSession | None:
    """Creates chat session.

     Creates chat session with a collection if provided. Otherwise, the session will be with a generic
    LLM.

    Args:
        collection_id (str | Unset):
        body (CreateChatSessionRequest | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatSession
    """

    return sync_detailed(
        client=client,
        body=body,
        collection_id=collection_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateChatSessionRequest | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> Response[ChatSession | None]:
    """Creates chat session.

     Creates chat session with a collection if provided. Otherwise, the session will be with a generic
    LLM.

    Args:
        collection_id (str | Unset):
        body (CreateChatSessionRequest | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatSession | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            body=body,
            collection_id=collection_id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateChatSessionRequest | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> ChatSession | None:
    """Creates chat session.

     Creates chat session with a collection if provided. Otherwise, the session will be with a generic
    LLM.

    Args:
        collection_id (str | Unset):
        body (CreateChatSessionRequest | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatSession
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            collection_id=collection_id,
        )
    ).parsed
