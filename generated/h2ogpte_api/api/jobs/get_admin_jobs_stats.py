import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.job_history_stats_response import JobHistoryStatsResponse

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
    *,
    created_after: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/jobs/stats",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EndpointError | JobHistoryStatsResponse | None:
    if response.status_code == 200:
        response_200 = JobHistoryStatsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 500:
        response_500 = EndpointError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | EndpointError | JobHistoryStatsResponse]:
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


def _parse_success(response: httpx.Response) -> JobHistoryStatsResponse:
    if response.status_code == 200:
        response_200 = JobHistoryStatsResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    created_after: datetime.datetime | Unset = UNSET,
) -> Response[Any | EndpointError | JobHistoryStatsResponse]:
    """Get job history status counts

     Admin-only. Returns job counts by status over the last 7 days by default (or since created_after),
    including cleared (deleted) jobs to match the job list. Cheap enough for a polling dashboard.

    Args:
        created_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndpointError | JobHistoryStatsResponse]
    """

    kwargs = _get_kwargs(
        created_after=created_after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    created_after: datetime.datetime | Unset = UNSET,
) -> Any | EndpointError | JobHistoryStatsResponse | None:
    """Get job history status counts

     Admin-only. Returns job counts by status over the last 7 days by default (or since created_after),
    including cleared (deleted) jobs to match the job list. Cheap enough for a polling dashboard.

    Args:
        created_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EndpointError | JobHistoryStatsResponse
    """

    return sync_detailed(
        client=client,
        created_after=created_after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    created_after: datetime.datetime | Unset = UNSET,
) -> Response[Any | EndpointError | JobHistoryStatsResponse]:
    """Get job history status counts

     Admin-only. Returns job counts by status over the last 7 days by default (or since created_after),
    including cleared (deleted) jobs to match the job list. Cheap enough for a polling dashboard.

    Args:
        created_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndpointError | JobHistoryStatsResponse]
    """

    kwargs = _get_kwargs(
        created_after=created_after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    created_after: datetime.datetime | Unset = UNSET,
) -> Any | EndpointError | JobHistoryStatsResponse | None:
    """Get job history status counts

     Admin-only. Returns job counts by status over the last 7 days by default (or since created_after),
    including cleared (deleted) jobs to match the job list. Cheap enough for a polling dashboard.

    Args:
        created_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EndpointError | JobHistoryStatsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            created_after=created_after,
        )
    ).parsed
