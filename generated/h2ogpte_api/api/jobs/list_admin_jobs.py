import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.job_history_list_response import JobHistoryListResponse

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
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

    params: dict[str, Any] = {}

    json_cursor_created_at: str | Unset = UNSET
    if not isinstance(cursor_created_at, Unset):
        json_cursor_created_at = cursor_created_at.isoformat()
    params["cursor_created_at"] = json_cursor_created_at

    params["cursor_id"] = cursor_id

    params["limit"] = limit

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["kind"] = kind

    params["user_id"] = user_id

    params["collection_id"] = collection_id

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EndpointError | JobHistoryListResponse | None:
    if response.status_code == 200:
        response_200 = JobHistoryListResponse.from_dict(response.json())

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
) -> Response[Any | EndpointError | JobHistoryListResponse]:
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


def _parse_success(response: httpx.Response) -> JobHistoryListResponse:
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
) -> Response[Any | EndpointError | JobHistoryListResponse]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndpointError | JobHistoryListResponse]
    """

    kwargs = _get_kwargs(
        cursor_created_at=cursor_created_at,
        cursor_id=cursor_id,
        limit=limit,
        status=status,
        kind=kind,
        user_id=user_id,
        collection_id=collection_id,
        created_after=created_after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


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
) -> Any | EndpointError | JobHistoryListResponse | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EndpointError | JobHistoryListResponse
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
) -> Response[Any | EndpointError | JobHistoryListResponse]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndpointError | JobHistoryListResponse]
    """

    kwargs = _get_kwargs(
        cursor_created_at=cursor_created_at,
        cursor_id=cursor_id,
        limit=limit,
        status=status,
        kind=kind,
        user_id=user_id,
        collection_id=collection_id,
        created_after=created_after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


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
) -> Any | EndpointError | JobHistoryListResponse | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EndpointError | JobHistoryListResponse
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
