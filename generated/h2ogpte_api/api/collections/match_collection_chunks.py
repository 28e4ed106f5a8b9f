from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.chunk_search_result import ChunkSearchResult
from ...models.match_collection_chunks_request import MatchCollectionChunksRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
    check_value,
    require_path_value,
)
from .. import make_body


def build_request(
    collection_id: str,
    *,
    body: MatchCollectionChunksRequest,
) -> dict[str, Any]:
    require_path_value("collection_id", collection_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/collections/{collection_id}/chunks/match".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> list[ChunkSearchResult]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "match_collection_chunks", "array")
        response_200 = list(map(ChunkSearchResult.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: MatchCollectionChunksRequest | Mapping[str, Any] | Unset,
    *,
    vectors: Any = UNSET,
    topics: Any = UNSET,
    offset: Any = UNSET,
    limit: Any = UNSET,
    cut_off: Any = UNSET,
) -> MatchCollectionChunksRequest:
    return make_body(
        MatchCollectionChunksRequest,
        body,
        {
            "vectors": vectors,
            "topics": topics,
            "offset": offset,
            "limit": limit,
            "cut_off": cut_off,
        },
        "match_collection_chunks",
        as_json=True,
    )


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: MatchCollectionChunksRequest,
) -> Response[list[ChunkSearchResult] | None]:
    """Finds chunks related to a message using semantic search.

     Finds chunks related to a message using semantic search. Chunks are sorted by relevance and
    similarity score to the message.

    Args:
        collection_id (str):
        body (MatchCollectionChunksRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ChunkSearchResult] | None]
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
    body: MatchCollectionChunksRequest,
) -> list[ChunkSearchResult] | None:
    """Finds chunks related to a message using semantic search.

     Finds chunks related to a message using semantic search. Chunks are sorted by relevance and
    similarity score to the message.

    Args:
        collection_id (str):
        body (MatchCollectionChunksRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ChunkSearchResult]
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
    body: MatchCollectionChunksRequest,
) -> Response[list[ChunkSearchResult] | None]:
    """Finds chunks related to a message using semantic search.

     Finds chunks related to a message using semantic search. Chunks are sorted by relevance and
    similarity score to the message.

    Args:
        collection_id (str):
        body (MatchCollectionChunksRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ChunkSearchResult] | None]
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
    body: MatchCollectionChunksRequest,
) -> list[ChunkSearchResult] | None:
    """Finds chunks related to a message using semantic search.

     Finds chunks related to a message using semantic search. Chunks are sorted by relevance and
    similarity score to the message.

    Args:
        collection_id (str):
        body (MatchCollectionChunksRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ChunkSearchResult]
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
        )
    ).parsed
