from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.list_showcase_categories_response import ListShowcaseCategoriesResponse

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/showcase/categories",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | ListShowcaseCategoriesResponse | None:
    if response.status_code == 200:
        response_200 = ListShowcaseCategoriesResponse.from_dict(response.json())

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
) -> Response[EndpointError | ListShowcaseCategoriesResponse]:
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


def _parse_success(response: httpx.Response) -> ListShowcaseCategoriesResponse:
    if response.status_code == 200:
        response_200 = ListShowcaseCategoriesResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[EndpointError | ListShowcaseCategoriesResponse]:
    """List existing showcase categories

     Returns the distinct, alphabetically-sorted set of category labels currently in use across showcase
    tiles. Powers the curator-facing autocomplete so admins reuse existing labels instead of fragmenting
    the taxonomy with typos. Requires the `h2ogpte/chat/manage_showcase` permission.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | ListShowcaseCategoriesResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> EndpointError | ListShowcaseCategoriesResponse | None:
    """List existing showcase categories

     Returns the distinct, alphabetically-sorted set of category labels currently in use across showcase
    tiles. Powers the curator-facing autocomplete so admins reuse existing labels instead of fragmenting
    the taxonomy with typos. Requires the `h2ogpte/chat/manage_showcase` permission.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | ListShowcaseCategoriesResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[EndpointError | ListShowcaseCategoriesResponse]:
    """List existing showcase categories

     Returns the distinct, alphabetically-sorted set of category labels currently in use across showcase
    tiles. Powers the curator-facing autocomplete so admins reuse existing labels instead of fragmenting
    the taxonomy with typos. Requires the `h2ogpte/chat/manage_showcase` permission.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | ListShowcaseCategoriesResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> EndpointError | ListShowcaseCategoriesResponse | None:
    """List existing showcase categories

     Returns the distinct, alphabetically-sorted set of category labels currently in use across showcase
    tiles. Powers the curator-facing autocomplete so admins reuse existing labels instead of fragmenting
    the taxonomy with typos. Requires the `h2ogpte/chat/manage_showcase` permission.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | ListShowcaseCategoriesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
