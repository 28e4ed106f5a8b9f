from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.tag import Tag
from ...models.tag_update_request import TagUpdateRequest

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
    tag_name: str,
    *,
    body: TagUpdateRequest,
) -> dict[str, Any]:
    require_path_value("tag_name", tag_name)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/tags/{tag_name}".format(
            tag_name=quote(str(tag_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> Tag:
    if response.status_code == 200:
        response_200 = Tag.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: TagUpdateRequest | Mapping[str, Any] | Unset,
    *,
    description: Any = UNSET,
    format_: Any = UNSET,
) -> TagUpdateRequest:
    return make_body(
        TagUpdateRequest,
        body,
        {
            "description": description,
            "format": format_,
        },
        "update_tag",
        as_json=True,
    )


def sync_detailed(
    tag_name: str,
    *,
    client: AuthenticatedClient,
    body: TagUpdateRequest,
) -> Response[Tag | None]:
    """Updates attributes of a tag.

     Updates attributes of an existing tag, particularly description and format.

    Args:
        tag_name (str):
        body (TagUpdateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Tag | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            tag_name=tag_name,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    tag_name: str,
    *,
    client: AuthenticatedClient,
    body: TagUpdateRequest,
) -> Tag | None:
    """Updates attributes of a tag.

     Updates attributes of an existing tag, particularly description and format.

    Args:
        tag_name (str):
        body (TagUpdateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Tag
    """

    return sync_detailed(
        tag_name=tag_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tag_name: str,
    *,
    client: AuthenticatedClient,
    body: TagUpdateRequest,
) -> Response[Tag | None]:
    """Updates attributes of a tag.

     Updates attributes of an existing tag, particularly description and format.

    Args:
        tag_name (str):
        body (TagUpdateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Tag | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            tag_name=tag_name,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    tag_name: str,
    *,
    client: AuthenticatedClient,
    body: TagUpdateRequest,
) -> Tag | None:
    """Updates attributes of a tag.

     Updates attributes of an existing tag, particularly description and format.

    Args:
        tag_name (str):
        body (TagUpdateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Tag
    """

    return (
        await asyncio_detailed(
            tag_name=tag_name,
            client=client,
            body=body,
        )
    ).parsed
