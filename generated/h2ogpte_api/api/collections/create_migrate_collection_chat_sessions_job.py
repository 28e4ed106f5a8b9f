from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.job_details import JobDetails
from ...models.migrate_collection_chat_sessions_job_request import (
    MigrateCollectionChatSessionsJobRequest,
)

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
    require_path_value,
)
from .. import make_body


def build_request(
    collection_id: str,
    *,
    body: MigrateCollectionChatSessionsJobRequest,
    timeout: float | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("collection_id", collection_id)
    _headers: dict[str, Any] = {}

    _params: dict[str, Any] = {}

    _params["timeout"] = timeout

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/collections/{collection_id}/migrate_chat_sessions_job".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
        "params": _params,
    }

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
    body: MigrateCollectionChatSessionsJobRequest | Mapping[str, Any] | Unset,
    *,
    target_collection_id: Any = UNSET,
) -> MigrateCollectionChatSessionsJobRequest:
    return make_body(
        MigrateCollectionChatSessionsJobRequest,
        body,
        {
            "target_collection_id": target_collection_id,
        },
        "create_migrate_collection_chat_sessions_job",
        as_json=True,
    )


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: MigrateCollectionChatSessionsJobRequest,
    timeout: float | Unset = UNSET,
) -> Response[JobDetails | None]:
    """Creates a job to migrate all chat sessions from one collection to another.

     Creates a job to migrate all chat sessions from the source collection (specified in path) to the
    destination collection (specified in request body). Only the collection owner can perform this
    operation.

    Args:
        collection_id (str):
        timeout (float | Unset):
        body (MigrateCollectionChatSessionsJobRequest):

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
            timeout=timeout,
        )
    )
    return build_response(client, response, parse)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: MigrateCollectionChatSessionsJobRequest,
    timeout: float | Unset = UNSET,
) -> JobDetails | None:
    """Creates a job to migrate all chat sessions from one collection to another.

     Creates a job to migrate all chat sessions from the source collection (specified in path) to the
    destination collection (specified in request body). Only the collection owner can perform this
    operation.

    Args:
        collection_id (str):
        timeout (float | Unset):
        body (MigrateCollectionChatSessionsJobRequest):

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
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: MigrateCollectionChatSessionsJobRequest,
    timeout: float | Unset = UNSET,
) -> Response[JobDetails | None]:
    """Creates a job to migrate all chat sessions from one collection to another.

     Creates a job to migrate all chat sessions from the source collection (specified in path) to the
    destination collection (specified in request body). Only the collection owner can perform this
    operation.

    Args:
        collection_id (str):
        timeout (float | Unset):
        body (MigrateCollectionChatSessionsJobRequest):

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
            timeout=timeout,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: MigrateCollectionChatSessionsJobRequest,
    timeout: float | Unset = UNSET,
) -> JobDetails | None:
    """Creates a job to migrate all chat sessions from one collection to another.

     Creates a job to migrate all chat sessions from the source collection (specified in path) to the
    destination collection (specified in request body). Only the collection owner can perform this
    operation.

    Args:
        collection_id (str):
        timeout (float | Unset):
        body (MigrateCollectionChatSessionsJobRequest):

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
            timeout=timeout,
        )
    ).parsed
