from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.admin_sessions_list_response import AdminSessionsListResponse

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset


def build_request(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _params["cursor"] = cursor

    _params["limit"] = limit

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/sessions",
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> AdminSessionsListResponse:
    if response.status_code == 200:
        response_200 = AdminSessionsListResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[AdminSessionsListResponse | None]:
    """List live sessions

     Allows admins to enumerate live sessions stored in Redis. Returns metadata only — never access
    tokens, refresh tokens, or CSRF values. Pagination is cursor-based; pass back the `next_cursor` from
    a previous response to continue, or omit to start fresh. Iteration is complete when `next_cursor` is
    absent.

    Args:
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdminSessionsListResponse | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            cursor=cursor,
            limit=limit,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> AdminSessionsListResponse | None:
    """List live sessions

     Allows admins to enumerate live sessions stored in Redis. Returns metadata only — never access
    tokens, refresh tokens, or CSRF values. Pagination is cursor-based; pass back the `next_cursor` from
    a previous response to continue, or omit to start fresh. Iteration is complete when `next_cursor` is
    absent.

    Args:
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdminSessionsListResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[AdminSessionsListResponse | None]:
    """List live sessions

     Allows admins to enumerate live sessions stored in Redis. Returns metadata only — never access
    tokens, refresh tokens, or CSRF values. Pagination is cursor-based; pass back the `next_cursor` from
    a previous response to continue, or omit to start fresh. Iteration is complete when `next_cursor` is
    absent.

    Args:
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdminSessionsListResponse | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            cursor=cursor,
            limit=limit,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> AdminSessionsListResponse | None:
    """List live sessions

     Allows admins to enumerate live sessions stored in Redis. Returns metadata only — never access
    tokens, refresh tokens, or CSRF values. Pagination is cursor-based; pass back the `next_cursor` from
    a previous response to continue, or omit to start fresh. Iteration is complete when `next_cursor` is
    absent.

    Args:
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdminSessionsListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
