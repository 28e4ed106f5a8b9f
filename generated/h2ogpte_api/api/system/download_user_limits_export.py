from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    UNSET,
    File,
    Response,
    Unset,
)


def _get_kwargs(
    *,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    user_ids: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params["filter"] = filter_

    params["user_ids"] = user_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/user_limits/export",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = EndpointError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = EndpointError.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EndpointError | File]:
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


def _parse_success(response: httpx.Response) -> File:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    user_ids: str | Unset = UNSET,
) -> Response[EndpointError | File]:
    """Export user limits as CSV.

     Generates and streams a CSV of user limits data. Admin only.

    Args:
        search (str | Unset):
        filter_ (str | Unset):
        user_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | File]
    """

    kwargs = _get_kwargs(
        search=search,
        filter_=filter_,
        user_ids=user_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    user_ids: str | Unset = UNSET,
) -> EndpointError | File | None:
    """Export user limits as CSV.

     Generates and streams a CSV of user limits data. Admin only.

    Args:
        search (str | Unset):
        filter_ (str | Unset):
        user_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | File
    """

    return sync_detailed(
        client=client,
        search=search,
        filter_=filter_,
        user_ids=user_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    user_ids: str | Unset = UNSET,
) -> Response[EndpointError | File]:
    """Export user limits as CSV.

     Generates and streams a CSV of user limits data. Admin only.

    Args:
        search (str | Unset):
        filter_ (str | Unset):
        user_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | File]
    """

    kwargs = _get_kwargs(
        search=search,
        filter_=filter_,
        user_ids=user_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    user_ids: str | Unset = UNSET,
) -> EndpointError | File | None:
    """Export user limits as CSV.

     Generates and streams a CSV of user limits data. Admin only.

    Args:
        search (str | Unset):
        filter_ (str | Unset):
        user_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | File
    """

    return (
        await asyncio_detailed(
            client=client,
            search=search,
            filter_=filter_,
            user_ids=user_ids,
        )
    ).parsed
