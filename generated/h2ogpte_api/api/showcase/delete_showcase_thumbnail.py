from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    showcase_id: str,
) -> dict[str, Any]:
    require_path_value("showcase_id", showcase_id)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/showcase/{showcase_id}/thumbnail".format(
            showcase_id=quote(str(showcase_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    showcase_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Remove a showcase thumbnail

     Requires the `h2ogpte/chat/manage_showcase` permission. Drops the thumbnail object from storage and
    clears the showcase row's thumbnail_path so the tile renders the placeholder icon.

    Args:
        showcase_id (str):

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
        )
    )
    return build_response(client, response, parse)


def sync(
    showcase_id: str,
    *,
    client: AuthenticatedClient,
) -> None:
    """Remove a showcase thumbnail

     Requires the `h2ogpte/chat/manage_showcase` permission. Drops the thumbnail object from storage and
    clears the showcase row's thumbnail_path so the tile renders the placeholder icon.

    Args:
        showcase_id (str):

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
    ).parsed


async def asyncio_detailed(
    showcase_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Remove a showcase thumbnail

     Requires the `h2ogpte/chat/manage_showcase` permission. Drops the thumbnail object from storage and
    clears the showcase row's thumbnail_path so the tile renders the placeholder icon.

    Args:
        showcase_id (str):

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
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    showcase_id: str,
    *,
    client: AuthenticatedClient,
) -> None:
    """Remove a showcase thumbnail

     Requires the `h2ogpte/chat/manage_showcase` permission. Drops the thumbnail object from storage and
    clears the showcase row's thumbnail_path so the tile renders the placeholder icon.

    Args:
        showcase_id (str):

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
        )
    ).parsed
