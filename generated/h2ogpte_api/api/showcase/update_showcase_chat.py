from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.update_showcase_chat_request import UpdateShowcaseChatRequest

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
    showcase_id: str,
    *,
    body: UpdateShowcaseChatRequest,
) -> dict[str, Any]:
    require_path_value("showcase_id", showcase_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/showcase/{showcase_id}".format(
            showcase_id=quote(str(showcase_id), safe=""),
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
    body: UpdateShowcaseChatRequest | Mapping[str, Any] | Unset,
    *,
    title: Any = UNSET,
    description: Any = UNSET,
    category: Any = UNSET,
) -> UpdateShowcaseChatRequest:
    return make_body(
        UpdateShowcaseChatRequest,
        body,
        {
            "title": title,
            "description": description,
            "category": category,
        },
        "update_showcase_chat",
        as_json=True,
    )


def sync_detailed(
    showcase_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateShowcaseChatRequest,
) -> Response[None]:
    """Update a showcase tile

     Requires the `h2ogpte/chat/manage_showcase` permission. Update the tile title, description, or
    category. Omitted fields are left unchanged. Title and description must remain non-empty (empty /
    whitespace-only returns 400); category may be cleared by sending an empty string. thumbnail_path is
    set exclusively by the upload endpoint.

    Args:
        showcase_id (str):
        body (UpdateShowcaseChatRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            showcase_id=showcase_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    showcase_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateShowcaseChatRequest,
) -> None:
    """Update a showcase tile

     Requires the `h2ogpte/chat/manage_showcase` permission. Update the tile title, description, or
    category. Omitted fields are left unchanged. Title and description must remain non-empty (empty /
    whitespace-only returns 400); category may be cleared by sending an empty string. thumbnail_path is
    set exclusively by the upload endpoint.

    Args:
        showcase_id (str):
        body (UpdateShowcaseChatRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        showcase_id=showcase_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    showcase_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateShowcaseChatRequest,
) -> Response[None]:
    """Update a showcase tile

     Requires the `h2ogpte/chat/manage_showcase` permission. Update the tile title, description, or
    category. Omitted fields are left unchanged. Title and description must remain non-empty (empty /
    whitespace-only returns 400); category may be cleared by sending an empty string. thumbnail_path is
    set exclusively by the upload endpoint.

    Args:
        showcase_id (str):
        body (UpdateShowcaseChatRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            showcase_id=showcase_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    showcase_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateShowcaseChatRequest,
) -> None:
    """Update a showcase tile

     Requires the `h2ogpte/chat/manage_showcase` permission. Update the tile title, description, or
    category. Omitted fields are left unchanged. Title and description must remain non-empty (empty /
    whitespace-only returns 400); category may be cleared by sending an empty string. thumbnail_path is
    set exclusively by the upload endpoint.

    Args:
        showcase_id (str):
        body (UpdateShowcaseChatRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            showcase_id=showcase_id,
            client=client,
            body=body,
        )
    ).parsed
