from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
    require_path_value,
)


def _get_kwargs(
    role_id: str,
    permission_name: str,
) -> dict[str, Any]:
    require_path_value("role_id", role_id)
    require_path_value("permission_name", permission_name)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/roles/{role_id}/permissions/{permission_name}".format(
            role_id=quote(str(role_id), safe=""),
            permission_name=quote(str(permission_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EndpointError | None:
    if response.status_code == 204:
        # A 204 has no content (RFC 9110, 15.3.5), whatever schema the spec gives it.
        return None
    if response.status_code == 400:
        response_400 = EndpointError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = EndpointError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = EndpointError.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | EndpointError]:
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


def _parse_success(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    role_id: str,
    permission_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | EndpointError]:
    """Assigns permission to a given role.

     Assigns permission to a given role.

    Args:
        role_id (str):
        permission_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndpointError]
    """

    kwargs = _get_kwargs(
        role_id=role_id,
        permission_name=permission_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    role_id: str,
    permission_name: str,
    *,
    client: AuthenticatedClient,
) -> Any | EndpointError | None:
    """Assigns permission to a given role.

     Assigns permission to a given role.

    Args:
        role_id (str):
        permission_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EndpointError
    """

    return sync_detailed(
        role_id=role_id,
        permission_name=permission_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    role_id: str,
    permission_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | EndpointError]:
    """Assigns permission to a given role.

     Assigns permission to a given role.

    Args:
        role_id (str):
        permission_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndpointError]
    """

    kwargs = _get_kwargs(
        role_id=role_id,
        permission_name=permission_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    role_id: str,
    permission_name: str,
    *,
    client: AuthenticatedClient,
) -> Any | EndpointError | None:
    """Assigns permission to a given role.

     Assigns permission to a given role.

    Args:
        role_id (str):
        permission_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EndpointError
    """

    return (
        await asyncio_detailed(
            role_id=role_id,
            permission_name=permission_name,
            client=client,
        )
    ).parsed
