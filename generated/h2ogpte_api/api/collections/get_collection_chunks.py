from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.chunk import Chunk

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, check_value, require_path_value


def build_request(
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


def parse(response: httpx.Response) -> list[Chunk]:
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
) -> Response[list[Chunk] | None]:
    """Returns specific chunks in a collection.

     Returns specific chunks in a collection.

    Args:
        collection_id (str):
        chunk_ids (list[int]):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Chunk] | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            collection_id=collection_id,
            chunk_ids=chunk_ids,
        )
    )
    return build_response(client, response, parse)


def sync(
    collection_id: str,
    chunk_ids: list[int],
    *,
    client: AuthenticatedClient,
) -> list[Chunk] | None:
    """Returns specific chunks in a collection.

     Returns specific chunks in a collection.

    Args:
        collection_id (str):
        chunk_ids (list[int]):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Chunk]
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
) -> Response[list[Chunk] | None]:
    """Returns specific chunks in a collection.

     Returns specific chunks in a collection.

    Args:
        collection_id (str):
        chunk_ids (list[int]):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Chunk] | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            collection_id=collection_id,
            chunk_ids=chunk_ids,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    collection_id: str,
    chunk_ids: list[int],
    *,
    client: AuthenticatedClient,
) -> list[Chunk] | None:
    """Returns specific chunks in a collection.

     Returns specific chunks in a collection.

    Args:
        collection_id (str):
        chunk_ids (list[int]):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Chunk]
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            chunk_ids=chunk_ids,
            client=client,
        )
    ).parsed
