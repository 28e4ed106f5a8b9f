import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.list_memory_blocks_200_response import ListMemoryBlocks200Response

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset


def build_request(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    name_filter: str | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _params["offset"] = offset

    _params["limit"] = limit

    _params["name_filter"] = name_filter

    _json_updated_after: str | Unset = UNSET
    if not isinstance(updated_after, Unset):
        _json_updated_after = updated_after.isoformat()
    _params["updated_after"] = _json_updated_after

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/memory_blocks",
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListMemoryBlocks200Response:
    if response.status_code == 200:
        response_200 = ListMemoryBlocks200Response.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    name_filter: str | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
) -> Response[ListMemoryBlocks200Response | None]:
    """List memory blocks.

     List memory blocks accessible to the current user (owned, shared, or public).

    Args:
        offset (int | Unset):
        limit (int | Unset):
        name_filter (str | Unset):
        updated_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMemoryBlocks200Response | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            offset=offset,
            limit=limit,
            name_filter=name_filter,
            updated_after=updated_after,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    name_filter: str | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
) -> ListMemoryBlocks200Response | None:
    """List memory blocks.

     List memory blocks accessible to the current user (owned, shared, or public).

    Args:
        offset (int | Unset):
        limit (int | Unset):
        name_filter (str | Unset):
        updated_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMemoryBlocks200Response
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        name_filter=name_filter,
        updated_after=updated_after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    name_filter: str | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
) -> Response[ListMemoryBlocks200Response | None]:
    """List memory blocks.

     List memory blocks accessible to the current user (owned, shared, or public).

    Args:
        offset (int | Unset):
        limit (int | Unset):
        name_filter (str | Unset):
        updated_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMemoryBlocks200Response | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            offset=offset,
            limit=limit,
            name_filter=name_filter,
            updated_after=updated_after,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    name_filter: str | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
) -> ListMemoryBlocks200Response | None:
    """List memory blocks.

     List memory blocks accessible to the current user (owned, shared, or public).

    Args:
        offset (int | Unset):
        limit (int | Unset):
        name_filter (str | Unset):
        updated_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMemoryBlocks200Response
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            name_filter=name_filter,
            updated_after=updated_after,
        )
    ).parsed
