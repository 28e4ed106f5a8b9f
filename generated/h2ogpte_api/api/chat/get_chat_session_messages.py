from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.chat_message import ChatMessage

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset, check_value, require_path_value


def build_request(
    session_id: str,
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("session_id", session_id)

    _params: dict[str, Any] = {}

    _params["offset"] = offset

    _params["limit"] = limit

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chats/{session_id}/messages".format(
            session_id=quote(str(session_id), safe=""),
        ),
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> list[ChatMessage]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "get_chat_session_messages", "array")
        response_200 = list(map(ChatMessage.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[list[ChatMessage] | None]:
    """Fetches chat message and metadata for messages in a chat session.

     Fetches chat message and metadata for messages in a chat session. Messages without a `reply_to` are
    from the end user, messages with a `reply_to` are from an LLM and a response to a specific user
    message.

    Args:
        session_id (str):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ChatMessage] | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            session_id=session_id,
            offset=offset,
            limit=limit,
        )
    )
    return build_response(client, response, parse)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[ChatMessage] | None:
    """Fetches chat message and metadata for messages in a chat session.

     Fetches chat message and metadata for messages in a chat session. Messages without a `reply_to` are
    from the end user, messages with a `reply_to` are from an LLM and a response to a specific user
    message.

    Args:
        session_id (str):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ChatMessage]
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[list[ChatMessage] | None]:
    """Fetches chat message and metadata for messages in a chat session.

     Fetches chat message and metadata for messages in a chat session. Messages without a `reply_to` are
    from the end user, messages with a `reply_to` are from an LLM and a response to a specific user
    message.

    Args:
        session_id (str):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ChatMessage] | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            session_id=session_id,
            offset=offset,
            limit=limit,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[ChatMessage] | None:
    """Fetches chat message and metadata for messages in a chat session.

     Fetches chat message and metadata for messages in a chat session. Messages without a `reply_to` are
    from the end user, messages with a `reply_to` are from an LLM and a response to a specific user
    message.

    Args:
        session_id (str):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ChatMessage]
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            offset=offset,
            limit=limit,
        )
    ).parsed
