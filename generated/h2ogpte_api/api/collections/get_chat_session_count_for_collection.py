from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.count import Count

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    collection_id: str,
) -> dict[str, Any]:
    require_path_value("collection_id", collection_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/collections/{collection_id}/chats/count".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> Count:
    if response.status_code == 200:
        response_200 = Count.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Count | None]:
    """Counts a number of chat sessions with the collection.

     Counts a number of chat sessions with the collection.

    Args:
        collection_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Count | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            collection_id=collection_id,
        )
    )
    return build_response(client, response, parse)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient,
) -> Count | None:
    """Counts a number of chat sessions with the collection.

     Counts a number of chat sessions with the collection.

    Args:
        collection_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Count
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Count | None]:
    """Counts a number of chat sessions with the collection.

     Counts a number of chat sessions with the collection.

    Args:
        collection_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Count | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            collection_id=collection_id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient,
) -> Count | None:
    """Counts a number of chat sessions with the collection.

     Counts a number of chat sessions with the collection.

    Args:
        collection_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Count
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
        )
    ).parsed
