from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.list_archived_chat_sessions_as_admin_200_response import (
    ListArchivedChatSessionsAsAdmin200Response,
)

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset


def build_request(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    ascending: bool | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _params["offset"] = offset

    _params["limit"] = limit

    _params["filter"] = filter_

    _params["sort_column"] = sort_column

    _params["ascending"] = ascending

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/chats/archived",
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListArchivedChatSessionsAsAdmin200Response:
    if response.status_code == 200:
        response_200 = ListArchivedChatSessionsAsAdmin200Response.from_dict(
            response.json()
        )

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    ascending: bool | Unset = UNSET,
) -> Response[ListArchivedChatSessionsAsAdmin200Response | None]:
    """List archived chat sessions.

     Admin-only endpoint to list archived chat sessions with pagination and filtering.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        filter_ (str | Unset):
        sort_column (str | Unset):
        ascending (bool | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListArchivedChatSessionsAsAdmin200Response | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            offset=offset,
            limit=limit,
            filter_=filter_,
            sort_column=sort_column,
            ascending=ascending,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    ascending: bool | Unset = UNSET,
) -> ListArchivedChatSessionsAsAdmin200Response | None:
    """List archived chat sessions.

     Admin-only endpoint to list archived chat sessions with pagination and filtering.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        filter_ (str | Unset):
        sort_column (str | Unset):
        ascending (bool | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListArchivedChatSessionsAsAdmin200Response
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        filter_=filter_,
        sort_column=sort_column,
        ascending=ascending,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    ascending: bool | Unset = UNSET,
) -> Response[ListArchivedChatSessionsAsAdmin200Response | None]:
    """List archived chat sessions.

     Admin-only endpoint to list archived chat sessions with pagination and filtering.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        filter_ (str | Unset):
        sort_column (str | Unset):
        ascending (bool | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListArchivedChatSessionsAsAdmin200Response | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            offset=offset,
            limit=limit,
            filter_=filter_,
            sort_column=sort_column,
            ascending=ascending,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    ascending: bool | Unset = UNSET,
) -> ListArchivedChatSessionsAsAdmin200Response | None:
    """List archived chat sessions.

     Admin-only endpoint to list archived chat sessions with pagination and filtering.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        filter_ (str | Unset):
        sort_column (str | Unset):
        ascending (bool | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListArchivedChatSessionsAsAdmin200Response
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            filter_=filter_,
            sort_column=sort_column,
            ascending=ascending,
        )
    ).parsed
