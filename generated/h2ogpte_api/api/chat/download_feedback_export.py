from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import File, Response, require_path_value


def build_request(
    job_id: str,
) -> dict[str, Any]:
    require_path_value("job_id", job_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/question_answer_feedbacks/export/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> File:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[File | None]:
    """Download a completed feedback CSV export.

     Downloads the CSV file produced by an ExportFeedbackCSVJob.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            job_id=job_id,
        )
    )
    return build_response(client, response, parse)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient,
) -> File | None:
    """Download a completed feedback CSV export.

     Downloads the CSV file produced by an ExportFeedbackCSVJob.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[File | None]:
    """Download a completed feedback CSV export.

     Downloads the CSV file produced by an ExportFeedbackCSVJob.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            job_id=job_id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient,
) -> File | None:
    """Download a completed feedback CSV export.

     Downloads the CSV file produced by an ExportFeedbackCSVJob.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
