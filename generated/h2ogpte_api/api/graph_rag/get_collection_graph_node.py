from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.knowledge_graph_node_detail import KnowledgeGraphNodeDetail

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, require_path_value


def build_request(
    collection_id: str,
    *,
    name: str,
) -> dict[str, Any]:
    require_path_value("collection_id", collection_id)

    _params: dict[str, Any] = {}

    _params["name"] = name

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/graph/{collection_id}/node".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> KnowledgeGraphNodeDetail:
    if response.status_code == 200:
        response_200 = KnowledgeGraphNodeDetail.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    name: str,
) -> Response[KnowledgeGraphNodeDetail | None]:
    """Get full detail for one knowledge-graph node.

     Returns a node's properties, its incident edges, and the source chunks (text and origin filename)
    that produced it, for the graph viewer's detail panel. Source chunks are the graph's own provenance
    records captured at build time.

    Args:
        collection_id (str):
        name (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KnowledgeGraphNodeDetail | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            collection_id=collection_id,
            name=name,
        )
    )
    return build_response(client, response, parse)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    name: str,
) -> KnowledgeGraphNodeDetail | None:
    """Get full detail for one knowledge-graph node.

     Returns a node's properties, its incident edges, and the source chunks (text and origin filename)
    that produced it, for the graph viewer's detail panel. Source chunks are the graph's own provenance
    records captured at build time.

    Args:
        collection_id (str):
        name (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KnowledgeGraphNodeDetail
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        name=name,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    name: str,
) -> Response[KnowledgeGraphNodeDetail | None]:
    """Get full detail for one knowledge-graph node.

     Returns a node's properties, its incident edges, and the source chunks (text and origin filename)
    that produced it, for the graph viewer's detail panel. Source chunks are the graph's own provenance
    records captured at build time.

    Args:
        collection_id (str):
        name (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KnowledgeGraphNodeDetail | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            collection_id=collection_id,
            name=name,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    name: str,
) -> KnowledgeGraphNodeDetail | None:
    """Get full detail for one knowledge-graph node.

     Returns a node's properties, its incident edges, and the source chunks (text and origin filename)
    that produced it, for the graph viewer's detail panel. Source chunks are the graph's own provenance
    records captured at build time.

    Args:
        collection_id (str):
        name (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KnowledgeGraphNodeDetail
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            name=name,
        )
    ).parsed
