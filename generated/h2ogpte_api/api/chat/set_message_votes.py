from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.message_vote_update_request import MessageVoteUpdateRequest

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
    message_id: str,
    *,
    body: MessageVoteUpdateRequest,
) -> dict[str, Any]:
    require_path_value("message_id", message_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/messages/{message_id}/votes".format(
            message_id=quote(str(message_id), safe=""),
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
    body: MessageVoteUpdateRequest | Mapping[str, Any] | Unset,
    *,
    votes: Any = UNSET,
) -> MessageVoteUpdateRequest:
    return make_body(
        MessageVoteUpdateRequest,
        body,
        {
            "votes": votes,
        },
        "set_message_votes",
        as_json=True,
    )


def sync_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient,
    body: MessageVoteUpdateRequest,
) -> Response[None]:
    """Changes the vote value of a chat message.

     Set the exact value of a vote for a chat message. Any message type can be updated, but only LLM
    response votes will be visible in the UI. The expectation is 0 - unvoted, -1 - dislike, 1 - like.
    Values outside of this will not be viewable in the UI.

    Args:
        message_id (str):
        body (MessageVoteUpdateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            message_id=message_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    message_id: str,
    *,
    client: AuthenticatedClient,
    body: MessageVoteUpdateRequest,
) -> None:
    """Changes the vote value of a chat message.

     Set the exact value of a vote for a chat message. Any message type can be updated, but only LLM
    response votes will be visible in the UI. The expectation is 0 - unvoted, -1 - dislike, 1 - like.
    Values outside of this will not be viewable in the UI.

    Args:
        message_id (str):
        body (MessageVoteUpdateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        message_id=message_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient,
    body: MessageVoteUpdateRequest,
) -> Response[None]:
    """Changes the vote value of a chat message.

     Set the exact value of a vote for a chat message. Any message type can be updated, but only LLM
    response votes will be visible in the UI. The expectation is 0 - unvoted, -1 - dislike, 1 - like.
    Values outside of this will not be viewable in the UI.

    Args:
        message_id (str):
        body (MessageVoteUpdateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            message_id=message_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    message_id: str,
    *,
    client: AuthenticatedClient,
    body: MessageVoteUpdateRequest,
) -> None:
    """Changes the vote value of a chat message.

     Set the exact value of a vote for a chat message. Any message type can be updated, but only LLM
    response votes will be visible in the UI. The expectation is 0 - unvoted, -1 - dislike, 1 - like.
    Values outside of this will not be viewable in the UI.

    Args:
        message_id (str):
        body (MessageVoteUpdateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
            body=body,
        )
    ).parsed
