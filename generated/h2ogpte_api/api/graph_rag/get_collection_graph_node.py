from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.knowledge_graph_node_detail import KnowledgeGraphNodeDetail

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    UNSET,
    Response,
    require_path_value,
)


def _get_kwargs(
    collection_id: str,
    *,
    name: str,
) -> dict[str, Any]:
    require_path_value("collection_id", collection_id)

    params: dict[str, Any] = {}

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/graph/{collection_id}/node".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | KnowledgeGraphNodeDetail | None:
    if response.status_code == 200:
        response_200 = KnowledgeGraphNodeDetail.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = EndpointError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = EndpointError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EndpointError | KnowledgeGraphNodeDetail]:
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


def _parse_success(response: httpx.Response) -> KnowledgeGraphNodeDetail:
    if response.status_code == 200:
        response_200 = KnowledgeGraphNodeDetail.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    name: str,
) -> Response[EndpointError | KnowledgeGraphNodeDetail]:
    """Get full detail for one knowledge-graph node.

     Returns a node's properties, its incident edges, and the source chunks (text and origin filename)
    that produced it, for the graph viewer's detail panel. Source chunks are the graph's own provenance
    records captured at build time.

    Args:
        collection_id (str):
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | KnowledgeGraphNodeDetail]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    name: str,
) -> EndpointError | KnowledgeGraphNodeDetail | None:
    """Get full detail for one knowledge-graph node.

     Returns a node's properties, its incident edges, and the source chunks (text and origin filename)
    that produced it, for the graph viewer's detail panel. Source chunks are the graph's own provenance
    records captured at build time.

    Args:
        collection_id (str):
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | KnowledgeGraphNodeDetail
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
) -> Response[EndpointError | KnowledgeGraphNodeDetail]:
    """Get full detail for one knowledge-graph node.

     Returns a node's properties, its incident edges, and the source chunks (text and origin filename)
    that produced it, for the graph viewer's detail panel. Source chunks are the graph's own provenance
    records captured at build time.

    Args:
        collection_id (str):
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | KnowledgeGraphNodeDetail]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    name: str,
) -> EndpointError | KnowledgeGraphNodeDetail | None:
    """Get full detail for one knowledge-graph node.

     Returns a node's properties, its incident edges, and the source chunks (text and origin filename)
    that produced it, for the graph viewer's detail panel. Source chunks are the graph's own provenance
    records captured at build time.

    Args:
        collection_id (str):
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | KnowledgeGraphNodeDetail
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            name=name,
        )
    ).parsed
