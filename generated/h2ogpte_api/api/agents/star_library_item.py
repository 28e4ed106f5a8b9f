from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.star_library_item_200_response import StarLibraryItem200Response

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    item_kind: str,
    item_id: str,
) -> dict[str, Any]:
    require_path_value("item_kind", item_kind)
    require_path_value("item_id", item_id)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/library/{item_kind}/{item_id}/star".format(
            item_kind=quote(str(item_kind), safe=""),
            item_id=quote(str(item_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> StarLibraryItem200Response:
    if response.status_code == 200:
        response_200 = StarLibraryItem200Response.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    item_kind: str,
    item_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[StarLibraryItem200Response | None]:
    """Star a library item (skill or mcp)

     Marks the calling user as having starred this library item. Only users who have already installed
    the item are eligible — calls from non-installed users return 403. Idempotent: re-starring is a no-
    op. Returns the new aggregate star_count.

    Args:
        item_kind (str):
        item_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StarLibraryItem200Response | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            item_kind=item_kind,
            item_id=item_id,
        )
    )
    return build_response(client, response, parse)


def sync(
    item_kind: str,
    item_id: str,
    *,
    client: AuthenticatedClient,
) -> StarLibraryItem200Response | None:
    """Star a library item (skill or mcp)

     Marks the calling user as having starred this library item. Only users who have already installed
    the item are eligible — calls from non-installed users return 403. Idempotent: re-starring is a no-
    op. Returns the new aggregate star_count.

    Args:
        item_kind (str):
        item_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StarLibraryItem200Response
    """

    return sync_detailed(
        item_kind=item_kind,
        item_id=item_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    item_kind: str,
    item_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[StarLibraryItem200Response | None]:
    """Star a library item (skill or mcp)

     Marks the calling user as having starred this library item. Only users who have already installed
    the item are eligible — calls from non-installed users return 403. Idempotent: re-starring is a no-
    op. Returns the new aggregate star_count.

    Args:
        item_kind (str):
        item_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StarLibraryItem200Response | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            item_kind=item_kind,
            item_id=item_id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    item_kind: str,
    item_id: str,
    *,
    client: AuthenticatedClient,
) -> StarLibraryItem200Response | None:
    """Star a library item (skill or mcp)

     Marks the calling user as having starred this library item. Only users who have already installed
    the item are eligible — calls from non-installed users return 403. Idempotent: re-starring is a no-
    op. Returns the new aggregate star_count.

    Args:
        item_kind (str):
        item_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StarLibraryItem200Response
    """

    return (
        await asyncio_detailed(
            item_kind=item_kind,
            item_id=item_id,
            client=client,
        )
    ).parsed
