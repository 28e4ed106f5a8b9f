from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.collection import Collection

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset, check_value


def build_request(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    ascending: bool | Unset = UNSET,
    metadata_filter: str | Unset = UNSET,
    name_filter: str | Unset = UNSET,
    current_user_only: bool | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _params["offset"] = offset

    _params["limit"] = limit

    _params["sort_column"] = sort_column

    _params["ascending"] = ascending

    _params["metadata_filter"] = metadata_filter

    _params["name_filter"] = name_filter

    _params["current_user_only"] = current_user_only

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/collections",
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> list[Collection]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "list_collections", "array")
        response_200 = list(map(Collection.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    ascending: bool | Unset = UNSET,
    metadata_filter: str | Unset = UNSET,
    name_filter: str | Unset = UNSET,
    current_user_only: bool | Unset = UNSET,
) -> Response[list[Collection] | None]:
    """List collections.

     List collections for a given user. If sort_column is not specified, the output is sorted by by last
    update time in descending order.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        sort_column (str | Unset):
        ascending (bool | Unset):
        metadata_filter (str | Unset):
        name_filter (str | Unset):
        current_user_only (bool | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Collection] | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            offset=offset,
            limit=limit,
            sort_column=sort_column,
            ascending=ascending,
            metadata_filter=metadata_filter,
            name_filter=name_filter,
            current_user_only=current_user_only,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    ascending: bool | Unset = UNSET,
    metadata_filter: str | Unset = UNSET,
    name_filter: str | Unset = UNSET,
    current_user_only: bool | Unset = UNSET,
) -> list[Collection] | None:
    """List collections.

     List collections for a given user. If sort_column is not specified, the output is sorted by by last
    update time in descending order.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        sort_column (str | Unset):
        ascending (bool | Unset):
        metadata_filter (str | Unset):
        name_filter (str | Unset):
        current_user_only (bool | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Collection]
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        sort_column=sort_column,
        ascending=ascending,
        metadata_filter=metadata_filter,
        name_filter=name_filter,
        current_user_only=current_user_only,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    ascending: bool | Unset = UNSET,
    metadata_filter: str | Unset = UNSET,
    name_filter: str | Unset = UNSET,
    current_user_only: bool | Unset = UNSET,
) -> Response[list[Collection] | None]:
    """List collections.

     List collections for a given user. If sort_column is not specified, the output is sorted by by last
    update time in descending order.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        sort_column (str | Unset):
        ascending (bool | Unset):
        metadata_filter (str | Unset):
        name_filter (str | Unset):
        current_user_only (bool | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Collection] | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            offset=offset,
            limit=limit,
            sort_column=sort_column,
            ascending=ascending,
            metadata_filter=metadata_filter,
            name_filter=name_filter,
            current_user_only=current_user_only,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    ascending: bool | Unset = UNSET,
    metadata_filter: str | Unset = UNSET,
    name_filter: str | Unset = UNSET,
    current_user_only: bool | Unset = UNSET,
) -> list[Collection] | None:
    """List collections.

     List collections for a given user. If sort_column is not specified, the output is sorted by by last
    update time in descending order.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        sort_column (str | Unset):
        ascending (bool | Unset):
        metadata_filter (str | Unset):
        name_filter (str | Unset):
        current_user_only (bool | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Collection]
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            sort_column=sort_column,
            ascending=ascending,
            metadata_filter=metadata_filter,
            name_filter=name_filter,
            current_user_only=current_user_only,
        )
    ).parsed
