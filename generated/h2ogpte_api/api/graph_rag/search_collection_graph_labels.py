from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.search_collection_graph_labels_200_response import (
    SearchCollectionGraphLabels200Response,
)

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset, require_path_value


def build_request(
    collection_id: str,
    *,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("collection_id", collection_id)

    _params: dict[str, Any] = {}

    _params["q"] = q

    _params["limit"] = limit

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/graph/{collection_id}/labels".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> SearchCollectionGraphLabels200Response:
    if response.status_code == 200:
        response_200 = SearchCollectionGraphLabels200Response.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[SearchCollectionGraphLabels200Response | None]:
    """Search entity names in a collection's knowledge graph.

     Fuzzy-searches entity names (node labels) for the graph viewer's entity search. Without a query,
    returns the most-connected entities.

    Args:
        collection_id (str):
        q (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchCollectionGraphLabels200Response | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            collection_id=collection_id,
            q=q,
            limit=limit,
        )
    )
    return build_response(client, response, parse)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> SearchCollectionGraphLabels200Response | None:
    """Search entity names in a collection's knowledge graph.

     Fuzzy-searches entity names (node labels) for the graph viewer's entity search. Without a query,
    returns the most-connected entities.

    Args:
        collection_id (str):
        q (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchCollectionGraphLabels200Response
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        q=q,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[SearchCollectionGraphLabels200Response | None]:
    """Search entity names in a collection's knowledge graph.

     Fuzzy-searches entity names (node labels) for the graph viewer's entity search. Without a query,
    returns the most-connected entities.

    Args:
        collection_id (str):
        q (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchCollectionGraphLabels200Response | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            collection_id=collection_id,
            q=q,
            limit=limit,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> SearchCollectionGraphLabels200Response | None:
    """Search entity names in a collection's knowledge graph.

     Fuzzy-searches entity names (node labels) for the graph viewer's entity search. Without a query,
    returns the most-connected entities.

    Args:
        collection_id (str):
        q (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchCollectionGraphLabels200Response
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            q=q,
            limit=limit,
        )
    ).parsed
