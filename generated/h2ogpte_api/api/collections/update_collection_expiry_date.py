from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.update_collection_expiry_request import UpdateCollectionExpiryRequest

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
    collection_id: str,
    *,
    body: UpdateCollectionExpiryRequest,
) -> dict[str, Any]:
    require_path_value("collection_id", collection_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/collections/{collection_id}/expiry_date".format(
            collection_id=quote(str(collection_id), safe=""),
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
    body: UpdateCollectionExpiryRequest | Mapping[str, Any] | Unset,
    *,
    expiry_date: Any = UNSET,
    timezone: Any = UNSET,
) -> UpdateCollectionExpiryRequest:
    return make_body(
        UpdateCollectionExpiryRequest,
        body,
        {
            "expiry_date": expiry_date,
            "timezone": timezone,
        },
        "update_collection_expiry_date",
        as_json=True,
    )


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCollectionExpiryRequest,
) -> Response[None]:
    """Updates an expiry date of a collection.

     Updates an expiry date of a collection.

    Args:
        collection_id (str):
        body (UpdateCollectionExpiryRequest):

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
    body: UpdateCollectionExpiryRequest,
) -> None:
    """Updates an expiry date of a collection.

     Updates an expiry date of a collection.

    Args:
        collection_id (str):
        body (UpdateCollectionExpiryRequest):

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
    body: UpdateCollectionExpiryRequest,
) -> Response[None]:
    """Updates an expiry date of a collection.

     Updates an expiry date of a collection.

    Args:
        collection_id (str):
        body (UpdateCollectionExpiryRequest):

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
    body: UpdateCollectionExpiryRequest,
) -> None:
    """Updates an expiry date of a collection.

     Updates an expiry date of a collection.

    Args:
        collection_id (str):
        body (UpdateCollectionExpiryRequest):

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
