from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build_collection_graph_request import BuildCollectionGraphRequest
from ...models.endpoint_error import EndpointError
from ...models.job_details import JobDetails

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    UNSET,
    Response,
    Unset,
    require_path_value,
)


def _get_kwargs(
    collection_id: str,
    *,
    body: BuildCollectionGraphRequest | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("collection_id", collection_id)
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/graph/{collection_id}/build".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | JobDetails | None:
    if response.status_code == 201:
        response_201 = JobDetails.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = EndpointError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = EndpointError.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = EndpointError.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EndpointError | JobDetails]:
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


def _parse_success(response: httpx.Response) -> JobDetails:
    if response.status_code == 201:
        response_201 = JobDetails.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: BuildCollectionGraphRequest | Unset = UNSET,
) -> Response[EndpointError | JobDetails]:
    """Build a knowledge graph for a collection.

     Triggers an asynchronous job that extracts entities and relationships from document chunks to build
    a knowledge graph using LightRAG. Returns 409 Conflict if a build is already in progress.

    Args:
        collection_id (str):
        body (BuildCollectionGraphRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | JobDetails]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: BuildCollectionGraphRequest | Unset = UNSET,
) -> EndpointError | JobDetails | None:
    """Build a knowledge graph for a collection.

     Triggers an asynchronous job that extracts entities and relationships from document chunks to build
    a knowledge graph using LightRAG. Returns 409 Conflict if a build is already in progress.

    Args:
        collection_id (str):
        body (BuildCollectionGraphRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | JobDetails
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
    body: BuildCollectionGraphRequest | Unset = UNSET,
) -> Response[EndpointError | JobDetails]:
    """Build a knowledge graph for a collection.

     Triggers an asynchronous job that extracts entities and relationships from document chunks to build
    a knowledge graph using LightRAG. Returns 409 Conflict if a build is already in progress.

    Args:
        collection_id (str):
        body (BuildCollectionGraphRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | JobDetails]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: BuildCollectionGraphRequest | Unset = UNSET,
) -> EndpointError | JobDetails | None:
    """Build a knowledge graph for a collection.

     Triggers an asynchronous job that extracts entities and relationships from document chunks to build
    a knowledge graph using LightRAG. Returns 409 Conflict if a build is already in progress.

    Args:
        collection_id (str):
        body (BuildCollectionGraphRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | JobDetails
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
        )
    ).parsed
