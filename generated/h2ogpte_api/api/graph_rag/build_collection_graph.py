from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.build_collection_graph_request import BuildCollectionGraphRequest
from ...models.job_details import JobDetails

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
    require_path_value,
)
from .. import make_optional_body


def build_request(
    collection_id: str,
    *,
    body: BuildCollectionGraphRequest | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("collection_id", collection_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/graph/{collection_id}/build".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> JobDetails:
    if response.status_code == 201:
        response_201 = JobDetails.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: BuildCollectionGraphRequest | Mapping[str, Any] | Unset,
    *,
    llm: Any = UNSET,
    force_rebuild: Any = UNSET,
    name: Any = UNSET,
) -> BuildCollectionGraphRequest | Unset:
    return make_optional_body(
        BuildCollectionGraphRequest,
        body,
        {
            "llm": llm,
            "force_rebuild": force_rebuild,
            "name": name,
        },
        "build_collection_graph",
        as_json=True,
    )


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: BuildCollectionGraphRequest | Unset = UNSET,
) -> Response[JobDetails | None]:
    """Build a knowledge graph for a collection.

     Triggers an asynchronous job that extracts entities and relationships from document chunks to build
    a knowledge graph using LightRAG. Returns 409 Conflict if a build is already in progress.

    Args:
        collection_id (str):
        body (BuildCollectionGraphRequest | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobDetails | None]
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
    body: BuildCollectionGraphRequest | Unset = UNSET,
) -> JobDetails | None:
    """Build a knowledge graph for a collection.

     Triggers an asynchronous job that extracts entities and relationships from document chunks to build
    a knowledge graph using LightRAG. Returns 409 Conflict if a build is already in progress.

    Args:
        collection_id (str):
        body (BuildCollectionGraphRequest | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobDetails
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
) -> Response[JobDetails | None]:
    """Build a knowledge graph for a collection.

     Triggers an asynchronous job that extracts entities and relationships from document chunks to build
    a knowledge graph using LightRAG. Returns 409 Conflict if a build is already in progress.

    Args:
        collection_id (str):
        body (BuildCollectionGraphRequest | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobDetails | None]
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
    body: BuildCollectionGraphRequest | Unset = UNSET,
) -> JobDetails | None:
    """Build a knowledge graph for a collection.

     Triggers an asynchronous job that extracts entities and relationships from document chunks to build
    a knowledge graph using LightRAG. Returns 409 Conflict if a build is already in progress.

    Args:
        collection_id (str):
        body (BuildCollectionGraphRequest | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobDetails
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
        )
    ).parsed
