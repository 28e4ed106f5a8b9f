from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.admin_sessions_stats_response import AdminSessionsStatsResponse
from ...models.endpoint_error import EndpointError

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/sessions/stats",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AdminSessionsStatsResponse | Any | EndpointError | None:
    if response.status_code == 200:
        response_200 = AdminSessionsStatsResponse.from_dict(response.json())

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
) -> Response[AdminSessionsStatsResponse | Any | EndpointError]:
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


def _parse_success(response: httpx.Response) -> AdminSessionsStatsResponse:
    if response.status_code == 200:
        response_200 = AdminSessionsStatsResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AdminSessionsStatsResponse | Any | EndpointError]:
    """Get session inventory stats

     Returns aggregate counters across all live sessions (total, by transport, anonymous count, Azure
    exchange-cache count). Result is cached per-process for ~30 seconds; the `cache_age_seconds` field
    communicates freshness so a polling dashboard can render it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdminSessionsStatsResponse | Any | EndpointError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> AdminSessionsStatsResponse | Any | EndpointError | None:
    """Get session inventory stats

     Returns aggregate counters across all live sessions (total, by transport, anonymous count, Azure
    exchange-cache count). Result is cached per-process for ~30 seconds; the `cache_age_seconds` field
    communicates freshness so a polling dashboard can render it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdminSessionsStatsResponse | Any | EndpointError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AdminSessionsStatsResponse | Any | EndpointError]:
    """Get session inventory stats

     Returns aggregate counters across all live sessions (total, by transport, anonymous count, Azure
    exchange-cache count). Result is cached per-process for ~30 seconds; the `cache_age_seconds` field
    communicates freshness so a polling dashboard can render it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdminSessionsStatsResponse | Any | EndpointError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> AdminSessionsStatsResponse | Any | EndpointError | None:
    """Get session inventory stats

     Returns aggregate counters across all live sessions (total, by transport, anonymous count, Azure
    exchange-cache count). Result is cached per-process for ~30 seconds; the `cache_age_seconds` field
    communicates freshness so a polling dashboard can render it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdminSessionsStatsResponse | Any | EndpointError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
