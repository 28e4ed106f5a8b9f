from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.star_library_item_200_response import StarLibraryItem200Response

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
    require_path_value,
)


def _get_kwargs(
    item_kind: str,
    item_id: str,
) -> dict[str, Any]:
    require_path_value("item_kind", item_kind)
    require_path_value("item_id", item_id)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/library/{item_kind}/{item_id}/star".format(
            item_kind=quote(str(item_kind), safe=""),
            item_id=quote(str(item_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EndpointError | StarLibraryItem200Response | None:
    if response.status_code == 200:
        response_200 = StarLibraryItem200Response.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = EndpointError.from_dict(response.json())

        return response_400

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
) -> Response[Any | EndpointError | StarLibraryItem200Response]:
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


def _parse_success(response: httpx.Response) -> StarLibraryItem200Response:
    if response.status_code == 200:
        response_200 = StarLibraryItem200Response.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    item_kind: str,
    item_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | EndpointError | StarLibraryItem200Response]:
    """Star a library item (skill or mcp)

     Marks the calling user as having starred this library item. Only users who have already installed
    the item are eligible — calls from non-installed users return 403. Idempotent: re-starring is a no-
    op. Returns the new aggregate star_count.

    Args:
        item_kind (str):
        item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndpointError | StarLibraryItem200Response]
    """

    kwargs = _get_kwargs(
        item_kind=item_kind,
        item_id=item_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    item_kind: str,
    item_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | EndpointError | StarLibraryItem200Response | None:
    """Star a library item (skill or mcp)

     Marks the calling user as having starred this library item. Only users who have already installed
    the item are eligible — calls from non-installed users return 403. Idempotent: re-starring is a no-
    op. Returns the new aggregate star_count.

    Args:
        item_kind (str):
        item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EndpointError | StarLibraryItem200Response
    """

    return sync_detailed(
        item_kind=item_kind,
        item_id=item_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    item_kind: str,
    item_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | EndpointError | StarLibraryItem200Response]:
    """Star a library item (skill or mcp)

     Marks the calling user as having starred this library item. Only users who have already installed
    the item are eligible — calls from non-installed users return 403. Idempotent: re-starring is a no-
    op. Returns the new aggregate star_count.

    Args:
        item_kind (str):
        item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndpointError | StarLibraryItem200Response]
    """

    kwargs = _get_kwargs(
        item_kind=item_kind,
        item_id=item_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    item_kind: str,
    item_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | EndpointError | StarLibraryItem200Response | None:
    """Star a library item (skill or mcp)

     Marks the calling user as having starred this library item. Only users who have already installed
    the item are eligible — calls from non-installed users return 403. Idempotent: re-starring is a no-
    op. Returns the new aggregate star_count.

    Args:
        item_kind (str):
        item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EndpointError | StarLibraryItem200Response
    """

    return (
        await asyncio_detailed(
            item_kind=item_kind,
            item_id=item_id,
            client=client,
        )
    ).parsed
