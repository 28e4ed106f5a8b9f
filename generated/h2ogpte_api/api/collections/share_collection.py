from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.share_collection_request import ShareCollectionRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
    require_path_value,
)
from .. import make_optional_body


def build_request(
    collection_id: str,
    username: str,
    *,
    body: ShareCollectionRequest | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("collection_id", collection_id)
    require_path_value("username", username)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/collections/{collection_id}/permissions/{username}".format(
            collection_id=quote(str(collection_id), safe=""),
            username=quote(str(username), safe=""),
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


def build_body(
    body: ShareCollectionRequest | Mapping[str, Any] | Unset,
    *,
    permissions: Any = UNSET,
) -> ShareCollectionRequest | Unset:
    return make_optional_body(
        ShareCollectionRequest,
        body,
        {
            "permissions": permissions,
        },
        "share_collection",
        as_json=True,
    )


def sync_detailed(
    collection_id: str,
    username: str,
    *,
    client: AuthenticatedClient,
    body: ShareCollectionRequest | Unset = UNSET,
) -> Response[None]:
    """Shares a collection to a user.

     Shares a collection template to a user.

    Args:
        collection_id (str):
        username (str):
        body (ShareCollectionRequest | Unset):

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
            username=username,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    collection_id: str,
    username: str,
    *,
    client: AuthenticatedClient,
    body: ShareCollectionRequest | Unset = UNSET,
) -> None:
    """Shares a collection to a user.

     Shares a collection template to a user.

    Args:
        collection_id (str):
        username (str):
        body (ShareCollectionRequest | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        collection_id=collection_id,
        username=username,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    username: str,
    *,
    client: AuthenticatedClient,
    body: ShareCollectionRequest | Unset = UNSET,
) -> Response[None]:
    """Shares a collection to a user.

     Shares a collection template to a user.

    Args:
        collection_id (str):
        username (str):
        body (ShareCollectionRequest | Unset):

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
            username=username,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    collection_id: str,
    username: str,
    *,
    client: AuthenticatedClient,
    body: ShareCollectionRequest | Unset = UNSET,
) -> None:
    """Shares a collection to a user.

     Shares a collection template to a user.

    Args:
        collection_id (str):
        username (str):
        body (ShareCollectionRequest | Unset):

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
            username=username,
            client=client,
            body=body,
        )
    ).parsed
