from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.list_archived_chat_sessions_as_admin_200_response import (
    ListArchivedChatSessionsAsAdmin200Response,
)

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    ascending: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["filter"] = filter_

    params["sort_column"] = sort_column

    params["ascending"] = ascending

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/chats/archived",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | ListArchivedChatSessionsAsAdmin200Response | None:
    if response.status_code == 200:
        response_200 = ListArchivedChatSessionsAsAdmin200Response.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EndpointError | ListArchivedChatSessionsAsAdmin200Response]:
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


def _parse_success(
    response: httpx.Response,
) -> ListArchivedChatSessionsAsAdmin200Response:
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
) -> Response[EndpointError | ListArchivedChatSessionsAsAdmin200Response]:
    """List archived chat sessions.

     Admin-only endpoint to list archived chat sessions with pagination and filtering.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        filter_ (str | Unset):
        sort_column (str | Unset):
        ascending (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | ListArchivedChatSessionsAsAdmin200Response]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        filter_=filter_,
        sort_column=sort_column,
        ascending=ascending,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    ascending: bool | Unset = UNSET,
) -> EndpointError | ListArchivedChatSessionsAsAdmin200Response | None:
    """List archived chat sessions.

     Admin-only endpoint to list archived chat sessions with pagination and filtering.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        filter_ (str | Unset):
        sort_column (str | Unset):
        ascending (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | ListArchivedChatSessionsAsAdmin200Response
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
) -> Response[EndpointError | ListArchivedChatSessionsAsAdmin200Response]:
    """List archived chat sessions.

     Admin-only endpoint to list archived chat sessions with pagination and filtering.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        filter_ (str | Unset):
        sort_column (str | Unset):
        ascending (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | ListArchivedChatSessionsAsAdmin200Response]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        filter_=filter_,
        sort_column=sort_column,
        ascending=ascending,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    ascending: bool | Unset = UNSET,
) -> EndpointError | ListArchivedChatSessionsAsAdmin200Response | None:
    """List archived chat sessions.

     Admin-only endpoint to list archived chat sessions with pagination and filtering.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        filter_ (str | Unset):
        sort_column (str | Unset):
        ascending (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | ListArchivedChatSessionsAsAdmin200Response
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
