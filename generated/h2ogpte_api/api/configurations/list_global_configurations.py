from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.global_configuration_item import GlobalConfigurationItem

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
    as_admin: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["as_admin"] = as_admin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/configurations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | list[GlobalConfigurationItem] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "list_global_configurations", "array")
        response_200 = list(map(GlobalConfigurationItem.from_dict, _response_200))

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
) -> Response[EndpointError | list[GlobalConfigurationItem]]:
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


def _parse_success(response: httpx.Response) -> list[GlobalConfigurationItem]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "list_global_configurations", "array")
        response_200 = list(map(GlobalConfigurationItem.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    as_admin: bool | Unset = UNSET,
) -> Response[EndpointError | list[GlobalConfigurationItem]]:
    """Gets global configurations.

     Gets global configurations.

    Args:
        as_admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[GlobalConfigurationItem]]
    """

    kwargs = _get_kwargs(
        as_admin=as_admin,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    as_admin: bool | Unset = UNSET,
) -> EndpointError | list[GlobalConfigurationItem] | None:
    """Gets global configurations.

     Gets global configurations.

    Args:
        as_admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[GlobalConfigurationItem]
    """

    return sync_detailed(
        client=client,
        as_admin=as_admin,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    as_admin: bool | Unset = UNSET,
) -> Response[EndpointError | list[GlobalConfigurationItem]]:
    """Gets global configurations.

     Gets global configurations.

    Args:
        as_admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[GlobalConfigurationItem]]
    """

    kwargs = _get_kwargs(
        as_admin=as_admin,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    as_admin: bool | Unset = UNSET,
) -> EndpointError | list[GlobalConfigurationItem] | None:
    """Gets global configurations.

     Gets global configurations.

    Args:
        as_admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[GlobalConfigurationItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            as_admin=as_admin,
        )
    ).parsed
