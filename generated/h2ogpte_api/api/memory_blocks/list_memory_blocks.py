import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.list_memory_blocks_200_response import ListMemoryBlocks200Response

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    name_filter: str | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["name_filter"] = name_filter

    json_updated_after: str | Unset = UNSET
    if not isinstance(updated_after, Unset):
        json_updated_after = updated_after.isoformat()
    params["updated_after"] = json_updated_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/memory_blocks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | ListMemoryBlocks200Response | None:
    if response.status_code == 200:
        response_200 = ListMemoryBlocks200Response.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = EndpointError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EndpointError | ListMemoryBlocks200Response]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.PARSE_ERRORS as error:
        raise client.unexpected_response(response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def _parse_success(response: httpx.Response) -> ListMemoryBlocks200Response:
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
) -> Response[EndpointError | ListMemoryBlocks200Response]:
    """List memory blocks.

     List memory blocks accessible to the current user (owned, shared, or public).

    Args:
        offset (int | Unset):
        limit (int | Unset):
        name_filter (str | Unset):
        updated_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | ListMemoryBlocks200Response]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        name_filter=name_filter,
        updated_after=updated_after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    name_filter: str | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
) -> EndpointError | ListMemoryBlocks200Response | None:
    """List memory blocks.

     List memory blocks accessible to the current user (owned, shared, or public).

    Args:
        offset (int | Unset):
        limit (int | Unset):
        name_filter (str | Unset):
        updated_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | ListMemoryBlocks200Response
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
) -> Response[EndpointError | ListMemoryBlocks200Response]:
    """List memory blocks.

     List memory blocks accessible to the current user (owned, shared, or public).

    Args:
        offset (int | Unset):
        limit (int | Unset):
        name_filter (str | Unset):
        updated_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | ListMemoryBlocks200Response]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        name_filter=name_filter,
        updated_after=updated_after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    name_filter: str | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
) -> EndpointError | ListMemoryBlocks200Response | None:
    """List memory blocks.

     List memory blocks accessible to the current user (owned, shared, or public).

    Args:
        offset (int | Unset):
        limit (int | Unset):
        name_filter (str | Unset):
        updated_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | ListMemoryBlocks200Response
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
