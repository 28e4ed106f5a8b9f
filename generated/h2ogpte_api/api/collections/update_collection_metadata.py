from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.update_collection_metadata_body import UpdateCollectionMetadataBody

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset, require_path_value


def build_request(
    collection_id: str,
    *,
    body: UpdateCollectionMetadataBody | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("collection_id", collection_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/collections/{collection_id}/metadata".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCollectionMetadataBody | Unset = UNSET,
) -> Response[None]:
    """Updates collection metadata.

     Recreates entire metadata of the collection.

    Args:
        collection_id (str):
        body (UpdateCollectionMetadataBody | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            collection_id=collection_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCollectionMetadataBody | Unset = UNSET,
) -> None:
    """Updates collection metadata.

     Recreates entire metadata of the collection.

    Args:
        collection_id (str):
        body (UpdateCollectionMetadataBody | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCollectionMetadataBody | Unset = UNSET,
) -> Response[None]:
    """Updates collection metadata.

     Recreates entire metadata of the collection.

    Args:
        collection_id (str):
        body (UpdateCollectionMetadataBody | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            collection_id=collection_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCollectionMetadataBody | Unset = UNSET,
) -> None:
    """Updates collection metadata.

     Recreates entire metadata of the collection.

    Args:
        collection_id (str):
        body (UpdateCollectionMetadataBody | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
        )
    ).parsed
