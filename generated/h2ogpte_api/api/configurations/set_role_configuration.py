from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.user_configuration_item import UserConfigurationItem

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
    check_value,
    require_path_value,
)


def _get_kwargs(
    role_id: str,
    key_name: str,
    *,
    body: UserConfigurationItem,
) -> dict[str, Any]:
    require_path_value("role_id", role_id)
    require_path_value("key_name", key_name)
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/roles/{role_id}/configurations/{key_name}".format(
            role_id=quote(str(role_id), safe=""),
            key_name=quote(str(key_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | list[UserConfigurationItem] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "set_role_configuration", "array")
        response_200 = list(map(UserConfigurationItem.from_dict, _response_200))

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

    if response.status_code == 500:
        response_500 = EndpointError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EndpointError | list[UserConfigurationItem]]:
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


def _parse_success(response: httpx.Response) -> list[UserConfigurationItem]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "set_role_configuration", "array")
        response_200 = list(map(UserConfigurationItem.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    role_id: str,
    key_name: str,
    *,
    client: AuthenticatedClient,
    body: UserConfigurationItem,
) -> Response[EndpointError | list[UserConfigurationItem]]:
    """Sets configuration item for a given role.

     Sets configuration item for a given role.

    Args:
        role_id (str):
        key_name (str):
        body (UserConfigurationItem):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[UserConfigurationItem]]
    """

    kwargs = _get_kwargs(
        role_id=role_id,
        key_name=key_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    role_id: str,
    key_name: str,
    *,
    client: AuthenticatedClient,
    body: UserConfigurationItem,
) -> EndpointError | list[UserConfigurationItem] | None:
    """Sets configuration item for a given role.

     Sets configuration item for a given role.

    Args:
        role_id (str):
        key_name (str):
        body (UserConfigurationItem):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[UserConfigurationItem]
    """

    return sync_detailed(
        role_id=role_id,
        key_name=key_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    role_id: str,
    key_name: str,
    *,
    client: AuthenticatedClient,
    body: UserConfigurationItem,
) -> Response[EndpointError | list[UserConfigurationItem]]:
    """Sets configuration item for a given role.

     Sets configuration item for a given role.

    Args:
        role_id (str):
        key_name (str):
        body (UserConfigurationItem):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[UserConfigurationItem]]
    """

    kwargs = _get_kwargs(
        role_id=role_id,
        key_name=key_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    role_id: str,
    key_name: str,
    *,
    client: AuthenticatedClient,
    body: UserConfigurationItem,
) -> EndpointError | list[UserConfigurationItem] | None:
    """Sets configuration item for a given role.

     Sets configuration item for a given role.

    Args:
        role_id (str):
        key_name (str):
        body (UserConfigurationItem):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[UserConfigurationItem]
    """

    return (
        await asyncio_detailed(
            role_id=role_id,
            key_name=key_name,
            client=client,
            body=body,
        )
    ).parsed
