from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chunk import Chunk
from ...models.endpoint_error import EndpointError

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
    check_value,
    require_path_value,
)


def _get_kwargs(
    collection_id: str,
    chunk_ids: list[int],
) -> dict[str, Any]:
    require_path_value("collection_id", collection_id)
    require_path_value("chunk_ids", chunk_ids)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/collections/{collection_id}/chunks/{chunk_ids}".format(
            collection_id=quote(str(collection_id), safe=""),
            chunk_ids=",".join(quote(str(item), safe="") for item in chunk_ids),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | list[Chunk] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "get_collection_chunks", "array")
        response_200 = list(map(Chunk.from_dict, _response_200))

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
) -> Response[EndpointError | list[Chunk]]:
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


def _parse_success(response: httpx.Response) -> list[Chunk]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "get_collection_chunks", "array")
        response_200 = list(map(Chunk.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    collection_id: str,
    chunk_ids: list[int],
    *,
    client: AuthenticatedClient,
) -> Response[EndpointError | list[Chunk]]:
    """Returns specific chunks in a collection.

     Returns specific chunks in a collection.

    Args:
        collection_id (str):
        chunk_ids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[Chunk]]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        chunk_ids=chunk_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    chunk_ids: list[int],
    *,
    client: AuthenticatedClient,
) -> EndpointError | list[Chunk] | None:
    """Returns specific chunks in a collection.

     Returns specific chunks in a collection.

    Args:
        collection_id (str):
        chunk_ids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[Chunk]
    """

    return sync_detailed(
        collection_id=collection_id,
        chunk_ids=chunk_ids,
        client=client,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    chunk_ids: list[int],
    *,
    client: AuthenticatedClient,
) -> Response[EndpointError | list[Chunk]]:
    """Returns specific chunks in a collection.

     Returns specific chunks in a collection.

    Args:
        collection_id (str):
        chunk_ids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[Chunk]]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        chunk_ids=chunk_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    chunk_ids: list[int],
    *,
    client: AuthenticatedClient,
) -> EndpointError | list[Chunk] | None:
    """Returns specific chunks in a collection.

     Returns specific chunks in a collection.

    Args:
        collection_id (str):
        chunk_ids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[Chunk]
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            chunk_ids=chunk_ids,
            client=client,
        )
    ).parsed
