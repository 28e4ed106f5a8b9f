from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, File, Response, Unset


def build_request(
    *,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    user_ids: str | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _params["search"] = search

    _params["filter"] = filter_

    _params["user_ids"] = user_ids

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/user_limits/export",
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> File:
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
) -> Response[File | None]:
    """Export user limits as CSV.

     Generates and streams a CSV of user limits data. Admin only.

    Args:
        search (str | Unset):
        filter_ (str | Unset):
        user_ids (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            search=search,
            filter_=filter_,
            user_ids=user_ids,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    user_ids: str | Unset = UNSET,
) -> File | None:
    """Export user limits as CSV.

     Generates and streams a CSV of user limits data. Admin only.

    Args:
        search (str | Unset):
        filter_ (str | Unset):
        user_ids (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
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
) -> Response[File | None]:
    """Export user limits as CSV.

     Generates and streams a CSV of user limits data. Admin only.

    Args:
        search (str | Unset):
        filter_ (str | Unset):
        user_ids (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            search=search,
            filter_=filter_,
            user_ids=user_ids,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    user_ids: str | Unset = UNSET,
) -> File | None:
    """Export user limits as CSV.

     Generates and streams a CSV of user limits data. Admin only.

    Args:
        search (str | Unset):
        filter_ (str | Unset):
        user_ids (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            client=client,
            search=search,
            filter_=filter_,
            user_ids=user_ids,
        )
    ).parsed
