from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.document_extraction_result import DocumentExtractionResult
from ...models.run_extractor_body import RunExtractorBody

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
    check_value,
    require_path_value,
)
from .. import make_optional_body


def build_request(
    extractor_id: str,
    *,
    body: RunExtractorBody | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    document_id: str | Unset = UNSET,
    timeout: float | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("extractor_id", extractor_id)
    _headers: dict[str, Any] = {}

    _params: dict[str, Any] = {}

    _params["collection_id"] = collection_id

    _params["document_id"] = document_id

    _params["timeout"] = timeout

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/extractors/{extractor_id}/run".format(
            extractor_id=quote(str(extractor_id), safe=""),
        ),
        "params": _params,
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> list[DocumentExtractionResult]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "run_extractor", "array")
        response_200 = list(map(DocumentExtractionResult.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: RunExtractorBody | Mapping[str, Any] | Unset,
    *,
    files: Any = UNSET,
) -> RunExtractorBody | Unset:
    return make_optional_body(
        RunExtractorBody,
        body,
        {
            "files": files,
        },
        "run_extractor",
        as_json=False,
    )


def sync_detailed(
    extractor_id: str,
    *,
    client: AuthenticatedClient,
    body: RunExtractorBody | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    document_id: str | Unset = UNSET,
    timeout: float | Unset = UNSET,
) -> Response[list[DocumentExtractionResult] | None]:
    """Run an extractor on a collection, document, or uploaded files (synchronous)

     Executes the specified extractor synchronously and returns results with a 200 OK response.  Exactly
    one of the following must be provided: - `collection_id` — run on all documents in a collection -
    `document_id` — run on a single document in a collection - `files` — one or more files uploaded
    directly in the request body (multipart/form-data) without adding them to a collection  This
    endpoint blocks and waits for the extraction to complete, then returns the results.  This endpoint
    is primarily intended for short-running extractions where immediate results are desired.  For very
    long running extractions use the async endpoint `/extractors/{extractor_id}/job` instead.

    Args:
        extractor_id (str):
        collection_id (str | Unset):
        document_id (str | Unset):
        timeout (float | Unset):
        body (RunExtractorBody | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[DocumentExtractionResult] | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            extractor_id=extractor_id,
            body=body,
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
    body: RunExtractorBody | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    document_id: str | Unset = UNSET,
    timeout: float | Unset = UNSET,
) -> list[DocumentExtractionResult] | None:
    """Run an extractor on a collection, document, or uploaded files (synchronous)

     Executes the specified extractor synchronously and returns results with a 200 OK response.  Exactly
    one of the following must be provided: - `collection_id` — run on all documents in a collection -
    `document_id` — run on a single document in a collection - `files` — one or more files uploaded
    directly in the request body (multipart/form-data) without adding them to a collection  This
    endpoint blocks and waits for the extraction to complete, then returns the results.  This endpoint
    is primarily intended for short-running extractions where immediate results are desired.  For very
    long running extractions use the async endpoint `/extractors/{extractor_id}/job` instead.

    Args:
        extractor_id (str):
        collection_id (str | Unset):
        document_id (str | Unset):
        timeout (float | Unset):
        body (RunExtractorBody | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[DocumentExtractionResult]
    """

    return sync_detailed(
        extractor_id=extractor_id,
        client=client,
        body=body,
        collection_id=collection_id,
        document_id=document_id,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    extractor_id: str,
    *,
    client: AuthenticatedClient,
    body: RunExtractorBody | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    document_id: str | Unset = UNSET,
    timeout: float | Unset = UNSET,
) -> Response[list[DocumentExtractionResult] | None]:
    """Run an extractor on a collection, document, or uploaded files (synchronous)

     Executes the specified extractor synchronously and returns results with a 200 OK response.  Exactly
    one of the following must be provided: - `collection_id` — run on all documents in a collection -
    `document_id` — run on a single document in a collection - `files` — one or more files uploaded
    directly in the request body (multipart/form-data) without adding them to a collection  This
    endpoint blocks and waits for the extraction to complete, then returns the results.  This endpoint
    is primarily intended for short-running extractions where immediate results are desired.  For very
    long running extractions use the async endpoint `/extractors/{extractor_id}/job` instead.

    Args:
        extractor_id (str):
        collection_id (str | Unset):
        document_id (str | Unset):
        timeout (float | Unset):
        body (RunExtractorBody | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[DocumentExtractionResult] | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            extractor_id=extractor_id,
            body=body,
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
    body: RunExtractorBody | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    document_id: str | Unset = UNSET,
    timeout: float | Unset = UNSET,
) -> list[DocumentExtractionResult] | None:
    """Run an extractor on a collection, document, or uploaded files (synchronous)

     Executes the specified extractor synchronously and returns results with a 200 OK response.  Exactly
    one of the following must be provided: - `collection_id` — run on all documents in a collection -
    `document_id` — run on a single document in a collection - `files` — one or more files uploaded
    directly in the request body (multipart/form-data) without adding them to a collection  This
    endpoint blocks and waits for the extraction to complete, then returns the results.  This endpoint
    is primarily intended for short-running extractions where immediate results are desired.  For very
    long running extractions use the async endpoint `/extractors/{extractor_id}/job` instead.

    Args:
        extractor_id (str):
        collection_id (str | Unset):
        document_id (str | Unset):
        timeout (float | Unset):
        body (RunExtractorBody | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[DocumentExtractionResult]
    """

    return (
        await asyncio_detailed(
            extractor_id=extractor_id,
            client=client,
            body=body,
            collection_id=collection_id,
            document_id=document_id,
            timeout=timeout,
        )
    ).parsed
