from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.knowledge_graph_data import KnowledgeGraphData

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset, require_path_value


def build_request(
    collection_id: str,
    *,
    label: str | Unset = UNSET,
    max_depth: int | Unset = UNSET,
    max_nodes: int | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("collection_id", collection_id)

    _params: dict[str, Any] = {}

    _params["label"] = label

    _params["max_depth"] = max_depth

    _params["max_nodes"] = max_nodes

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/graph/{collection_id}".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> KnowledgeGraphData:
    if response.status_code == 200:
        response_200 = KnowledgeGraphData.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    label: str | Unset = UNSET,
    max_depth: int | Unset = UNSET,
    max_nodes: int | Unset = UNSET,
) -> Response[KnowledgeGraphData | None]:
    """Read a renderable subgraph of a collection's knowledge graph.

     Returns nodes and edges of the knowledge graph for visualization (issue #11529). With label "*" (the
    default) returns the whole-graph view, degree-ranked and capped at max_nodes with is_truncated set;
    with a specific entity name returns the BFS neighborhood around that node (used by the viewer's
    expand-on-click). Read-only; node ids (entity names) and edge (source, target) pairs are the stable
    addresses a future edit API will target.

    Args:
        collection_id (str):
        label (str | Unset):
        max_depth (int | Unset):
        max_nodes (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KnowledgeGraphData | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            collection_id=collection_id,
            label=label,
            max_depth=max_depth,
            max_nodes=max_nodes,
        )
    )
    return build_response(client, response, parse)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    label: str | Unset = UNSET,
    max_depth: int | Unset = UNSET,
    max_nodes: int | Unset = UNSET,
) -> KnowledgeGraphData | None:
    """Read a renderable subgraph of a collection's knowledge graph.

     Returns nodes and edges of the knowledge graph for visualization (issue #11529). With label "*" (the
    default) returns the whole-graph view, degree-ranked and capped at max_nodes with is_truncated set;
    with a specific entity name returns the BFS neighborhood around that node (used by the viewer's
    expand-on-click). Read-only; node ids (entity names) and edge (source, target) pairs are the stable
    addresses a future edit API will target.

    Args:
        collection_id (str):
        label (str | Unset):
        max_depth (int | Unset):
        max_nodes (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KnowledgeGraphData
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        label=label,
        max_depth=max_depth,
        max_nodes=max_nodes,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    label: str | Unset = UNSET,
    max_depth: int | Unset = UNSET,
    max_nodes: int | Unset = UNSET,
) -> Response[KnowledgeGraphData | None]:
    """Read a renderable subgraph of a collection's knowledge graph.

     Returns nodes and edges of the knowledge graph for visualization (issue #11529). With label "*" (the
    default) returns the whole-graph view, degree-ranked and capped at max_nodes with is_truncated set;
    with a specific entity name returns the BFS neighborhood around that node (used by the viewer's
    expand-on-click). Read-only; node ids (entity names) and edge (source, target) pairs are the stable
    addresses a future edit API will target.

    Args:
        collection_id (str):
        label (str | Unset):
        max_depth (int | Unset):
        max_nodes (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KnowledgeGraphData | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            collection_id=collection_id,
            label=label,
            max_depth=max_depth,
            max_nodes=max_nodes,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    label: str | Unset = UNSET,
    max_depth: int | Unset = UNSET,
    max_nodes: int | Unset = UNSET,
) -> KnowledgeGraphData | None:
    """Read a renderable subgraph of a collection's knowledge graph.

     Returns nodes and edges of the knowledge graph for visualization (issue #11529). With label "*" (the
    default) returns the whole-graph view, degree-ranked and capped at max_nodes with is_truncated set;
    with a specific entity name returns the BFS neighborhood around that node (used by the viewer's
    expand-on-click). Read-only; node ids (entity names) and edge (source, target) pairs are the stable
    addresses a future edit API will target.

    Args:
        collection_id (str):
        label (str | Unset):
        max_depth (int | Unset):
        max_nodes (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KnowledgeGraphData
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            label=label,
            max_depth=max_depth,
            max_nodes=max_nodes,
        )
    ).parsed
