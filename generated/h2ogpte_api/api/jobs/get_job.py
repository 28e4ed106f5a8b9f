from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.job_details import JobDetails

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    job_id: str,
) -> dict[str, Any]:
    require_path_value("job_id", job_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> JobDetails:
    if response.status_code == 200:
        response_200 = JobDetails.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[JobDetails | None]:
    """Lists jobs associated with the user.

     Lists jobs associated with the user calling this endpoint.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobDetails | None]
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
) -> JobDetails | None:
    """Lists jobs associated with the user.

     Lists jobs associated with the user calling this endpoint.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobDetails
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[JobDetails | None]:
    """Lists jobs associated with the user.

     Lists jobs associated with the user calling this endpoint.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobDetails | None]
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
) -> JobDetails | None:
    """Lists jobs associated with the user.

     Lists jobs associated with the user calling this endpoint.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobDetails
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
