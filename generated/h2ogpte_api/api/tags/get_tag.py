from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.tag import Tag

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
    require_path_value,
)


def _get_kwargs(
    tag_name: str,
) -> dict[str, Any]:
    require_path_value("tag_name", tag_name)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tags/{tag_name}".format(
            tag_name=quote(str(tag_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | Tag | None:
    if response.status_code == 200:
        response_200 = Tag.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = EndpointError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = EndpointError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EndpointError | Tag]:
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


def _parse_success(response: httpx.Response) -> Tag:
    if response.status_code == 200:
        response_200 = Tag.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    tag_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[EndpointError | Tag]:
    """Finds a tag by its name.

     Returns a single tag by its unique name.

    Args:
        tag_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | Tag]
    """

    kwargs = _get_kwargs(
        tag_name=tag_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tag_name: str,
    *,
    client: AuthenticatedClient,
) -> EndpointError | Tag | None:
    """Finds a tag by its name.

     Returns a single tag by its unique name.

    Args:
        tag_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | Tag
    """

    return sync_detailed(
        tag_name=tag_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    tag_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[EndpointError | Tag]:
    """Finds a tag by its name.

     Returns a single tag by its unique name.

    Args:
        tag_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | Tag]
    """

    kwargs = _get_kwargs(
        tag_name=tag_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tag_name: str,
    *,
    client: AuthenticatedClient,
) -> EndpointError | Tag | None:
    """Finds a tag by its name.

     Returns a single tag by its unique name.

    Args:
        tag_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | Tag
    """

    return (
        await asyncio_detailed(
            tag_name=tag_name,
            client=client,
        )
    ).parsed
