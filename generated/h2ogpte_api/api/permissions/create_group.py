from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.group_create_request import GroupCreateRequest
from ...models.group_info import GroupInfo

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
    body: GroupCreateRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/groups",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> GroupInfo:
    if response.status_code == 201:
        response_201 = GroupInfo.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: GroupCreateRequest | Mapping[str, Any] | Unset,
    *,
    name: Any = UNSET,
    description: Any = UNSET,
) -> GroupCreateRequest:
    return make_body(
        GroupCreateRequest,
        body,
        {
            "name": name,
            "description": description,
        },
        "create_group",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GroupCreateRequest,
) -> Response[GroupInfo | None]:
    """Creates a user group.

     Creates a user group.

    Args:
        body (GroupCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupInfo | None]
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
    body: GroupCreateRequest,
) -> GroupInfo | None:
    """Creates a user group.

     Creates a user group.

    Args:
        body (GroupCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupInfo
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GroupCreateRequest,
) -> Response[GroupInfo | None]:
    """Creates a user group.

     Creates a user group.

    Args:
        body (GroupCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupInfo | None]
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
    body: GroupCreateRequest,
) -> GroupInfo | None:
    """Creates a user group.

     Creates a user group.

    Args:
        body (GroupCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupInfo
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
