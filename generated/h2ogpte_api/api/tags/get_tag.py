from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.tag import Tag

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    tag_name: str,
) -> dict[str, Any]:
    require_path_value("tag_name", tag_name)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tags/{tag_name}".format(
            tag_name=quote(str(tag_name), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> Tag:
    if response.status_code == 200:
        response_200 = Tag.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    tag_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Tag | None]:
    """Finds a tag by its name.

     Returns a single tag by its unique name.

    Args:
        tag_name (str):

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
        )
    )
    return build_response(client, response, parse)


def sync(
    tag_name: str,
    *,
    client: AuthenticatedClient,
) -> Tag | None:
    """Finds a tag by its name.

     Returns a single tag by its unique name.

    Args:
        tag_name (str):

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
    ).parsed


async def asyncio_detailed(
    tag_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Tag | None]:
    """Finds a tag by its name.

     Returns a single tag by its unique name.

    Args:
        tag_name (str):

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
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    tag_name: str,
    *,
    client: AuthenticatedClient,
) -> Tag | None:
    """Finds a tag by its name.

     Returns a single tag by its unique name.

    Args:
        tag_name (str):

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
        )
    ).parsed
