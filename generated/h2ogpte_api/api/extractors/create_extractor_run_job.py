from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.job_details import JobDetails

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset, require_path_value


def build_request(
    extractor_id: str,
    *,
    collection_id: str | Unset = UNSET,
    document_id: str | Unset = UNSET,
    timeout: float | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("extractor_id", extractor_id)

    _params: dict[str, Any] = {}

    _params["collection_id"] = collection_id

    _params["document_id"] = document_id

    _params["timeout"] = timeout

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/extractors/{extractor_id}/job".format(
            extractor_id=quote(str(extractor_id), safe=""),
        ),
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> JobDetails:
    if response.status_code == 201:
        response_201 = JobDetails.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    extractor_id: str,
    *,
    client: AuthenticatedClient,
    collection_id: str | Unset = UNSET,
    document_id: str | Unset = UNSET,
    timeout: float | Unset = UNSET,
) -> Response[JobDetails | None]:
    """Create a job to run an extractor on a collection or document

     Creates a job to execute the specified extractor by running it on all documents in a collection, or
    on a single document when document_id is specified. This endpoint is designed for long-running
    extractions.  The endpoint immediately returns a 201 Created response with job details.  Exactly one
    of collection_id or document_id must be provided.

    Args:
        extractor_id (str):
        collection_id (str | Unset):
        document_id (str | Unset):
        timeout (float | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobDetails | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            extractor_id=extractor_id,
            collection_id=collection_id,
            document_id=document_id,
            timeout=timeout,
        )
    )
    return build_response(client, response, parse)


def sync(
    extractor_id: str,
    *,
    client: AuthenticatedClient,
    collection_id: str | Unset = UNSET,
    document_id: str | Unset = UNSET,
    timeout: float | Unset = UNSET,
) -> JobDetails | None:
    """Create a job to run an extractor on a collection or document

     Creates a job to execute the specified extractor by running it on all documents in a collection, or
    on a single document when document_id is specified. This endpoint is designed for long-running
    extractions.  The endpoint immediately returns a 201 Created response with job details.  Exactly one
    of collection_id or document_id must be provided.

    Args:
        extractor_id (str):
        collection_id (str | Unset):
        document_id (str | Unset):
        timeout (float | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobDetails
    """

    return sync_detailed(
        extractor_id=extractor_id,
        client=client,
        collection_id=collection_id,
        document_id=document_id,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    extractor_id: str,
    *,
    client: AuthenticatedClient,
    collection_id: str | Unset = UNSET,
    document_id: str | Unset = UNSET,
    timeout: float | Unset = UNSET,
) -> Response[JobDetails | None]:
    """Create a job to run an extractor on a collection or document

     Creates a job to execute the specified extractor by running it on all documents in a collection, or
    on a single document when document_id is specified. This endpoint is designed for long-running
    extractions.  The endpoint immediately returns a 201 Created response with job details.  Exactly one
    of collection_id or document_id must be provided.

    Args:
        extractor_id (str):
        collection_id (str | Unset):
        document_id (str | Unset):
        timeout (float | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobDetails | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            extractor_id=extractor_id,
            collection_id=collection_id,
            document_id=document_id,
            timeout=timeout,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    extractor_id: str,
    *,
    client: AuthenticatedClient,
    collection_id: str | Unset = UNSET,
    document_id: str | Unset = UNSET,
    timeout: float | Unset = UNSET,
) -> JobDetails | None:
    """Create a job to run an extractor on a collection or document

     Creates a job to execute the specified extractor by running it on all documents in a collection, or
    on a single document when document_id is specified. This endpoint is designed for long-running
    extractions.  The endpoint immediately returns a 201 Created response with job details.  Exactly one
    of collection_id or document_id must be provided.

    Args:
        extractor_id (str):
        collection_id (str | Unset):
        document_id (str | Unset):
        timeout (float | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobDetails
    """

    return (
        await asyncio_detailed(
            extractor_id=extractor_id,
            client=client,
            collection_id=collection_id,
            document_id=document_id,
            timeout=timeout,
        )
    ).parsed
