from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.add_showcase_chat_request import AddShowcaseChatRequest
from ...models.add_showcase_chat_response import AddShowcaseChatResponse

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
    body: AddShowcaseChatRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/showcase",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> AddShowcaseChatResponse:
    if response.status_code == 201:
        response_201 = AddShowcaseChatResponse.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: AddShowcaseChatRequest | Mapping[str, Any] | Unset,
    *,
    shared_chat_id: Any = UNSET,
    title: Any = UNSET,
    description: Any = UNSET,
    category: Any = UNSET,
) -> AddShowcaseChatRequest:
    return make_body(
        AddShowcaseChatRequest,
        body,
        {
            "shared_chat_id": shared_chat_id,
            "title": title,
            "description": description,
            "category": category,
        },
        "add_showcase_chat",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AddShowcaseChatRequest,
) -> Response[AddShowcaseChatResponse | None]:
    """Add a shared chat to the showcase

     Requires the `h2ogpte/chat/manage_showcase` permission. Private shared chats may be pinned; their
    tiles are only listed to authenticated callers.

    Args:
        body (AddShowcaseChatRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddShowcaseChatResponse | None]
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
    body: AddShowcaseChatRequest,
) -> AddShowcaseChatResponse | None:
    """Add a shared chat to the showcase

     Requires the `h2ogpte/chat/manage_showcase` permission. Private shared chats may be pinned; their
    tiles are only listed to authenticated callers.

    Args:
        body (AddShowcaseChatRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddShowcaseChatResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AddShowcaseChatRequest,
) -> Response[AddShowcaseChatResponse | None]:
    """Add a shared chat to the showcase

     Requires the `h2ogpte/chat/manage_showcase` permission. Private shared chats may be pinned; their
    tiles are only listed to authenticated callers.

    Args:
        body (AddShowcaseChatRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddShowcaseChatResponse | None]
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
    body: AddShowcaseChatRequest,
) -> AddShowcaseChatResponse | None:
    """Add a shared chat to the showcase

     Requires the `h2ogpte/chat/manage_showcase` permission. Private shared chats may be pinned; their
    tiles are only listed to authenticated callers.

    Args:
        body (AddShowcaseChatRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddShowcaseChatResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
