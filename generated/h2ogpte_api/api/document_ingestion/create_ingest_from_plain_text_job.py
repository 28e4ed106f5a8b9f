from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.job_details import JobDetails

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset


def build_request(
    *,
    body: str,
    collection_id: str,
    file_name: str,
    gen_doc_summaries: bool | Unset = UNSET,
    gen_doc_questions: bool | Unset = UNSET,
    metadata: str | Unset = UNSET,
    timeout: float | Unset = UNSET,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _params: dict[str, Any] = {}

    _params["collection_id"] = collection_id

    _params["file_name"] = file_name

    _params["gen_doc_summaries"] = gen_doc_summaries

    _params["gen_doc_questions"] = gen_doc_questions

    _params["metadata"] = metadata

    _params["timeout"] = timeout

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ingest/plain_text/job",
        "params": _params,
    }

    _kwargs["content"] = body.encode()
    _headers["Content-Type"] = "text/plain"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> JobDetails:
    if response.status_code == 201:
        response_201 = JobDetails.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: str,
    collection_id: str,
    file_name: str,
    gen_doc_summaries: bool | Unset = UNSET,
    gen_doc_questions: bool | Unset = UNSET,
    metadata: str | Unset = UNSET,
    timeout: float | Unset = UNSET,
) -> Response[JobDetails | None]:
    """Creates a job to add plain text to a collection.

     Creates a job to add plain text to a collection.

    Args:
        collection_id (str):
        file_name (str):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        metadata (str | Unset):
        timeout (float | Unset):
        body (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobDetails | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            body=body,
            collection_id=collection_id,
            file_name=file_name,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            metadata=metadata,
            timeout=timeout,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    body: str,
    collection_id: str,
    file_name: str,
    gen_doc_summaries: bool | Unset = UNSET,
    gen_doc_questions: bool | Unset = UNSET,
    metadata: str | Unset = UNSET,
    timeout: float | Unset = UNSET,
) -> JobDetails | None:
    """Creates a job to add plain text to a collection.

     Creates a job to add plain text to a collection.

    Args:
        collection_id (str):
        file_name (str):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        metadata (str | Unset):
        timeout (float | Unset):
        body (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobDetails
    """

    return sync_detailed(
        client=client,
        body=body,
        collection_id=collection_id,
        file_name=file_name,
        gen_doc_summaries=gen_doc_summaries,
        gen_doc_questions=gen_doc_questions,
        metadata=metadata,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: str,
    collection_id: str,
    file_name: str,
    gen_doc_summaries: bool | Unset = UNSET,
    gen_doc_questions: bool | Unset = UNSET,
    metadata: str | Unset = UNSET,
    timeout: float | Unset = UNSET,
) -> Response[JobDetails | None]:
    """Creates a job to add plain text to a collection.

     Creates a job to add plain text to a collection.

    Args:
        collection_id (str):
        file_name (str):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        metadata (str | Unset):
        timeout (float | Unset):
        body (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobDetails | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            body=body,
            collection_id=collection_id,
            file_name=file_name,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            metadata=metadata,
            timeout=timeout,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: str,
    collection_id: str,
    file_name: str,
    gen_doc_summaries: bool | Unset = UNSET,
    gen_doc_questions: bool | Unset = UNSET,
    metadata: str | Unset = UNSET,
    timeout: float | Unset = UNSET,
) -> JobDetails | None:
    """Creates a job to add plain text to a collection.

     Creates a job to add plain text to a collection.

    Args:
        collection_id (str):
        file_name (str):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        metadata (str | Unset):
        timeout (float | Unset):
        body (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            collection_id=collection_id,
            file_name=file_name,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            metadata=metadata,
            timeout=timeout,
        )
    ).parsed
