import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.job_history_list_response import JobHistoryListResponse

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset


def build_request(
    *,
    cursor_created_at: datetime.datetime | Unset = UNSET,
    cursor_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    kind: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _json_cursor_created_at: str | Unset = UNSET
    if not isinstance(cursor_created_at, Unset):
        _json_cursor_created_at = cursor_created_at.isoformat()
    _params["cursor_created_at"] = _json_cursor_created_at

    _params["cursor_id"] = cursor_id

    _params["limit"] = limit

    _json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        _json_status = status

    _params["status"] = _json_status

    _params["kind"] = kind

    _params["user_id"] = user_id

    _params["collection_id"] = collection_id

    _json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        _json_created_after = created_after.isoformat()
    _params["created_after"] = _json_created_after

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/jobs",
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> JobHistoryListResponse:
    if response.status_code == 200:
        response_200 = JobHistoryListResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor_created_at: datetime.datetime | Unset = UNSET,
    cursor_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    kind: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
) -> Response[JobHistoryListResponse | None]:
    """List job history

     Admin-only. Returns the persistent job history from Postgres (all users), newest first, keyset-
    paginated. Pass back next_cursor_created_at and next_cursor_id from a previous response to continue.
    Defaults to the last 7 days when created_after is omitted; pass an earlier created_after to read
    further back. How far back data exists is bounded by the retention setting
    (telemetry_retention_days, at most 365 days). Includes cleared (deleted) jobs, marked by deleted_at.

    Args:
        cursor_created_at (datetime.datetime | Unset):
        cursor_id (str | Unset):
        limit (int | Unset):
        status (list[str] | Unset):
        kind (str | Unset):
        user_id (str | Unset):
        collection_id (str | Unset):
        created_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobHistoryListResponse | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            cursor_created_at=cursor_created_at,
            cursor_id=cursor_id,
            limit=limit,
            status=status,
            kind=kind,
            user_id=user_id,
            collection_id=collection_id,
            created_after=created_after,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    cursor_created_at: datetime.datetime | Unset = UNSET,
    cursor_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    kind: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
) -> JobHistoryListResponse | None:
    """List job history

     Admin-only. Returns the persistent job history from Postgres (all users), newest first, keyset-
    paginated. Pass back next_cursor_created_at and next_cursor_id from a previous response to continue.
    Defaults to the last 7 days when created_after is omitted; pass an earlier created_after to read
    further back. How far back data exists is bounded by the retention setting
    (telemetry_retention_days, at most 365 days). Includes cleared (deleted) jobs, marked by deleted_at.

    Args:
        cursor_created_at (datetime.datetime | Unset):
        cursor_id (str | Unset):
        limit (int | Unset):
        status (list[str] | Unset):
        kind (str | Unset):
        user_id (str | Unset):
        collection_id (str | Unset):
        created_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobHistoryListResponse
    """

    return sync_detailed(
        client=client,
        cursor_created_at=cursor_created_at,
        cursor_id=cursor_id,
        limit=limit,
        status=status,
        kind=kind,
        user_id=user_id,
        collection_id=collection_id,
        created_after=created_after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor_created_at: datetime.datetime | Unset = UNSET,
    cursor_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    kind: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
) -> Response[JobHistoryListResponse | None]:
    """List job history

     Admin-only. Returns the persistent job history from Postgres (all users), newest first, keyset-
    paginated. Pass back next_cursor_created_at and next_cursor_id from a previous response to continue.
    Defaults to the last 7 days when created_after is omitted; pass an earlier created_after to read
    further back. How far back data exists is bounded by the retention setting
    (telemetry_retention_days, at most 365 days). Includes cleared (deleted) jobs, marked by deleted_at.

    Args:
        cursor_created_at (datetime.datetime | Unset):
        cursor_id (str | Unset):
        limit (int | Unset):
        status (list[str] | Unset):
        kind (str | Unset):
        user_id (str | Unset):
        collection_id (str | Unset):
        created_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobHistoryListResponse | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            cursor_created_at=cursor_created_at,
            cursor_id=cursor_id,
            limit=limit,
            status=status,
            kind=kind,
            user_id=user_id,
            collection_id=collection_id,
            created_after=created_after,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor_created_at: datetime.datetime | Unset = UNSET,
    cursor_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    kind: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
) -> JobHistoryListResponse | None:
    """List job history

     Admin-only. Returns the persistent job history from Postgres (all users), newest first, keyset-
    paginated. Pass back next_cursor_created_at and next_cursor_id from a previous response to continue.
    Defaults to the last 7 days when created_after is omitted; pass an earlier created_after to read
    further back. How far back data exists is bounded by the retention setting
    (telemetry_retention_days, at most 365 days). Includes cleared (deleted) jobs, marked by deleted_at.

    Args:
        cursor_created_at (datetime.datetime | Unset):
        cursor_id (str | Unset):
        limit (int | Unset):
        status (list[str] | Unset):
        kind (str | Unset):
        user_id (str | Unset):
        collection_id (str | Unset):
        created_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobHistoryListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor_created_at=cursor_created_at,
            cursor_id=cursor_id,
            limit=limit,
            status=status,
            kind=kind,
            user_id=user_id,
            collection_id=collection_id,
            created_after=created_after,
        )
    ).parsed
