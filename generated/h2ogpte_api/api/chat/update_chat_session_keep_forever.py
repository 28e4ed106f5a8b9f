from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.update_chat_session_keep_forever_request import (
    UpdateChatSessionKeepForeverRequest,
)

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
    body: UpdateChatSessionKeepForeverRequest,
) -> dict[str, Any]:
    require_path_value("session_id", session_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/chats/{session_id}/keep_forever".format(
            session_id=quote(str(session_id), safe=""),
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
    body: UpdateChatSessionKeepForeverRequest | Mapping[str, Any] | Unset,
    *,
    keep_forever: Any = UNSET,
) -> UpdateChatSessionKeepForeverRequest:
    return make_body(
        UpdateChatSessionKeepForeverRequest,
        body,
        {
            "keep_forever": keep_forever,
        },
        "update_chat_session_keep_forever",
        as_json=True,
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateChatSessionKeepForeverRequest,
) -> Response[None]:
    """Updates the keep_forever flag of a chat session.

     Sets or unsets the keep_forever flag to preserve a chat session from auto-archival.

    Args:
        session_id (str):
        body (UpdateChatSessionKeepForeverRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
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
    body: UpdateChatSessionKeepForeverRequest,
) -> None:
    """Updates the keep_forever flag of a chat session.

     Sets or unsets the keep_forever flag to preserve a chat session from auto-archival.

    Args:
        session_id (str):
        body (UpdateChatSessionKeepForeverRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
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
    body: UpdateChatSessionKeepForeverRequest,
) -> Response[None]:
    """Updates the keep_forever flag of a chat session.

     Sets or unsets the keep_forever flag to preserve a chat session from auto-archival.

    Args:
        session_id (str):
        body (UpdateChatSessionKeepForeverRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
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
    body: UpdateChatSessionKeepForeverRequest,
) -> None:
    """Updates the keep_forever flag of a chat session.

     Sets or unsets the keep_forever flag to preserve a chat session from auto-archival.

    Args:
        session_id (str):
        body (UpdateChatSessionKeepForeverRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed
