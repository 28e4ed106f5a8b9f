from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.document_extraction_result import DocumentExtractionResult

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset, check_value, require_path_value


def build_request(
    extractor_id: str,
    *,
    job_id: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("extractor_id", extractor_id)

    _params: dict[str, Any] = {}

    _params["job_id"] = job_id

    _params["offset"] = offset

    _params["limit"] = limit

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/extractors/{extractor_id}/results".format(
            extractor_id=quote(str(extractor_id), safe=""),
        ),
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> list[DocumentExtractionResult]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "list_extractor_results", "array")
        response_200 = list(map(DocumentExtractionResult.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    extractor_id: str,
    *,
    client: AuthenticatedClient,
    job_id: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[list[DocumentExtractionResult] | None]:
    """Retrieve extraction results

     Retrieves extraction results produced by this extractor. If job_id is specified, returns results for
    that specific extraction run. If job_id is omitted, returns all results produced by this extractor
    across all runs.

    Args:
        extractor_id (str):
        job_id (str | Unset):
        offset (int | Unset):
        limit (int | Unset):

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
            job_id=job_id,
            offset=offset,
            limit=limit,
        )
    )
    return build_response(client, response, parse)


def sync(
    extractor_id: str,
    *,
    client: AuthenticatedClient,
    job_id: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[DocumentExtractionResult] | None:
    """Retrieve extraction results

     Retrieves extraction results produced by this extractor. If job_id is specified, returns results for
    that specific extraction run. If job_id is omitted, returns all results produced by this extractor
    across all runs.

    Args:
        extractor_id (str):
        job_id (str | Unset):
        offset (int | Unset):
        limit (int | Unset):

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
        job_id=job_id,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    extractor_id: str,
    *,
    client: AuthenticatedClient,
    job_id: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[list[DocumentExtractionResult] | None]:
    """Retrieve extraction results

     Retrieves extraction results produced by this extractor. If job_id is specified, returns results for
    that specific extraction run. If job_id is omitted, returns all results produced by this extractor
    across all runs.

    Args:
        extractor_id (str):
        job_id (str | Unset):
        offset (int | Unset):
        limit (int | Unset):

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
            job_id=job_id,
            offset=offset,
            limit=limit,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    extractor_id: str,
    *,
    client: AuthenticatedClient,
    job_id: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[DocumentExtractionResult] | None:
    """Retrieve extraction results

     Retrieves extraction results produced by this extractor. If job_id is specified, returns results for
    that specific extraction run. If job_id is omitted, returns all results produced by this extractor
    across all runs.

    Args:
        extractor_id (str):
        job_id (str | Unset):
        offset (int | Unset):
        limit (int | Unset):

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
            job_id=job_id,
            offset=offset,
            limit=limit,
        )
    ).parsed
