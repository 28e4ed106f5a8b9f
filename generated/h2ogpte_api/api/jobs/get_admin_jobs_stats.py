import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.job_history_stats_response import JobHistoryStatsResponse

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset


def build_request(
    *,
    created_after: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        _json_created_after = created_after.isoformat()
    _params["created_after"] = _json_created_after

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/jobs/stats",
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> JobHistoryStatsResponse:
    if response.status_code == 200:
        response_200 = JobHistoryStatsResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    created_after: datetime.datetime | Unset = UNSET,
) -> Response[JobHistoryStatsResponse | None]:
    """Get job history status counts

     Admin-only. Returns job counts by status over the last 7 days by default (or since created_after),
    including cleared (deleted) jobs to match the job list. Cheap enough for a polling dashboard.

    Args:
        created_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobHistoryStatsResponse | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            created_after=created_after,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    created_after: datetime.datetime | Unset = UNSET,
) -> JobHistoryStatsResponse | None:
    """Get job history status counts

     Admin-only. Returns job counts by status over the last 7 days by default (or since created_after),
    including cleared (deleted) jobs to match the job list. Cheap enough for a polling dashboard.

    Args:
        created_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobHistoryStatsResponse
    """

    return sync_detailed(
        client=client,
        created_after=created_after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    created_after: datetime.datetime | Unset = UNSET,
) -> Response[JobHistoryStatsResponse | None]:
    """Get job history status counts

     Admin-only. Returns job counts by status over the last 7 days by default (or since created_after),
    including cleared (deleted) jobs to match the job list. Cheap enough for a polling dashboard.

    Args:
        created_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobHistoryStatsResponse | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            created_after=created_after,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    created_after: datetime.datetime | Unset = UNSET,
) -> JobHistoryStatsResponse | None:
    """Get job history status counts

     Admin-only. Returns job counts by status over the last 7 days by default (or since created_after),
    including cleared (deleted) jobs to match the job list. Cheap enough for a polling dashboard.

    Args:
        created_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobHistoryStatsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            created_after=created_after,
        )
    ).parsed
