from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.tag import Tag

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    UNSET,
    Response,
    Unset,
    check_value,
)


def _get_kwargs(
    *,
    linked_only: bool | Unset = UNSET,
    user_scope: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["linked_only"] = linked_only

    params["user_scope"] = user_scope

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tags",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | list[Tag] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "list_tags", "array")
        response_200 = list(map(Tag.from_dict, _response_200))

        return response_200

    if response.status_code == 400:
        response_400 = EndpointError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EndpointError | list[Tag]]:
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


def _parse_success(response: httpx.Response) -> list[Tag]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "list_tags", "array")
        response_200 = list(map(Tag.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    linked_only: bool | Unset = UNSET,
    user_scope: bool | Unset = UNSET,
) -> Response[EndpointError | list[Tag]]:
    """List tags.

     List all existing tags.

    Args:
        linked_only (bool | Unset):
        user_scope (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[Tag]]
    """

    kwargs = _get_kwargs(
        linked_only=linked_only,
        user_scope=user_scope,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    linked_only: bool | Unset = UNSET,
    user_scope: bool | Unset = UNSET,
) -> EndpointError | list[Tag] | None:
    """List tags.

     List all existing tags.

    Args:
        linked_only (bool | Unset):
        user_scope (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[Tag]
    """

    return sync_detailed(
        client=client,
        linked_only=linked_only,
        user_scope=user_scope,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    linked_only: bool | Unset = UNSET,
    user_scope: bool | Unset = UNSET,
) -> Response[EndpointError | list[Tag]]:
    """List tags.

     List all existing tags.

    Args:
        linked_only (bool | Unset):
        user_scope (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[Tag]]
    """

    kwargs = _get_kwargs(
        linked_only=linked_only,
        user_scope=user_scope,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    linked_only: bool | Unset = UNSET,
    user_scope: bool | Unset = UNSET,
) -> EndpointError | list[Tag] | None:
    """List tags.

     List all existing tags.

    Args:
        linked_only (bool | Unset):
        user_scope (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[Tag]
    """

    return (
        await asyncio_detailed(
            client=client,
            linked_only=linked_only,
            user_scope=user_scope,
        )
    ).parsed
