from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.get_collection_metadata_response_200 import (
    GetCollectionMetadataResponse200,
)

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    collection_id: str,
) -> dict[str, Any]:
    require_path_value("collection_id", collection_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/collections/{collection_id}/metadata".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> GetCollectionMetadataResponse200:
    if response.status_code == 200:
        response_200 = GetCollectionMetadataResponse200.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetCollectionMetadataResponse200 | None]:
    """Fetches collection metadata.

     Returns details of collection metadata.

    Args:
        collection_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCollectionMetadataResponse200 | None]
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
) -> GetCollectionMetadataResponse200 | None:
    """Fetches collection metadata.

     Returns details of collection metadata.

    Args:
        collection_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCollectionMetadataResponse200
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetCollectionMetadataResponse200 | None]:
    """Fetches collection metadata.

     Returns details of collection metadata.

    Args:
        collection_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCollectionMetadataResponse200 | None]
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
) -> GetCollectionMetadataResponse200 | None:
    """Fetches collection metadata.

     Returns details of collection metadata.

    Args:
        collection_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCollectionMetadataResponse200
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
        )
    ).parsed
