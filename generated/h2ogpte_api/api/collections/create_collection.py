from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.collection import Collection
from ...models.collection_create_request import CollectionCreateRequest

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
    body: CollectionCreateRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/collections",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> Collection:
    if response.status_code == 201:
        response_201 = Collection.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: CollectionCreateRequest | Mapping[str, Any] | Unset,
    *,
    name: Any = UNSET,
    description: Any = UNSET,
    embedding_model: Any = UNSET,
    collection_settings: Any = UNSET,
    chat_settings: Any = UNSET,
    expiry_date: Any = UNSET,
    workspace: Any = UNSET,
    vex_encryption: Any = UNSET,
) -> CollectionCreateRequest:
    return make_body(
        CollectionCreateRequest,
        body,
        {
            "name": name,
            "description": description,
            "embedding_model": embedding_model,
            "collection_settings": collection_settings,
            "chat_settings": chat_settings,
            "expiry_date": expiry_date,
            "workspace": workspace,
            "vex_encryption": vex_encryption,
        },
        "create_collection",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CollectionCreateRequest,
) -> Response[Collection | None]:
    """Create a Collection

     A Collection refers to a group of related Documents. A Collection lets a user aggregate documents in
    one location. A user can utilize Collections to group particular sets of material (documents) to
    explore individually through Chats utilizing a large language model (LLM).

    Args:
        body (CollectionCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Collection | None]
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
    body: CollectionCreateRequest,
) -> Collection | None:
    """Create a Collection

     A Collection refers to a group of related Documents. A Collection lets a user aggregate documents in
    one location. A user can utilize Collections to group particular sets of material (documents) to
    explore individually through Chats utilizing a large language model (LLM).

    Args:
        body (CollectionCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Collection
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CollectionCreateRequest,
) -> Response[Collection | None]:
    """Create a Collection

     A Collection refers to a group of related Documents. A Collection lets a user aggregate documents in
    one location. A user can utilize Collections to group particular sets of material (documents) to
    explore individually through Chats utilizing a large language model (LLM).

    Args:
        body (CollectionCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Collection | None]
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
    body: CollectionCreateRequest,
) -> Collection | None:
    """Create a Collection

     A Collection refers to a group of related Documents. A Collection lets a user aggregate documents in
    one location. A user can utilize Collections to group particular sets of material (documents) to
    explore individually through Chats utilizing a large language model (LLM).

    Args:
        body (CollectionCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Collection
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
