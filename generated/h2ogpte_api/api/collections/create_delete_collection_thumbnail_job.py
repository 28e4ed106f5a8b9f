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
    collection_id: str,
) -> dict[str, Any]:
    require_path_value("collection_id", collection_id)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/collections/{collection_id}/thumbnail/job".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> JobDetails:
    if response.status_code == 201:
        response_201 = JobDetails.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[JobDetails | None]:
    """Creates a job to delete collection thumbnail.

     Creates a job to delete collection thumbnail image.

    Args:
        collection_id (str):

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
        )
    )
    return build_response(client, response, parse)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient,
) -> JobDetails | None:
    """Creates a job to delete collection thumbnail.

     Creates a job to delete collection thumbnail image.

    Args:
        collection_id (str):

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
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[JobDetails | None]:
    """Creates a job to delete collection thumbnail.

     Creates a job to delete collection thumbnail image.

    Args:
        collection_id (str):

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
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient,
) -> JobDetails | None:
    """Creates a job to delete collection thumbnail.

     Creates a job to delete collection thumbnail image.

    Args:
        collection_id (str):

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
        )
    ).parsed
