from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.share_permission import SharePermission

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
    check_value,
    require_path_value,
)


def _get_kwargs(
    memory_block_id: str,
) -> dict[str, Any]:
    require_path_value("memory_block_id", memory_block_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/memory_blocks/{memory_block_id}/permissions".format(
            memory_block_id=quote(str(memory_block_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | list[SharePermission] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "list_memory_block_permissions", "array")
        response_200 = list(map(SharePermission.from_dict, _response_200))

        return response_200

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = EndpointError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = EndpointError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EndpointError | list[SharePermission]]:
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


def _parse_success(response: httpx.Response) -> list[SharePermission]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "list_memory_block_permissions", "array")
        response_200 = list(map(SharePermission.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    memory_block_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[EndpointError | list[SharePermission]]:
    """List user share permissions for a memory block.

     Returns the list of users with explicit (direct) share grants on the memory block. Does not include
    cascade access derived from collection sharing.

    Args:
        memory_block_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[SharePermission]]
    """

    kwargs = _get_kwargs(
        memory_block_id=memory_block_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    memory_block_id: str,
    *,
    client: AuthenticatedClient,
) -> EndpointError | list[SharePermission] | None:
    """List user share permissions for a memory block.

     Returns the list of users with explicit (direct) share grants on the memory block. Does not include
    cascade access derived from collection sharing.

    Args:
        memory_block_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[SharePermission]
    """

    return sync_detailed(
        memory_block_id=memory_block_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    memory_block_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[EndpointError | list[SharePermission]]:
    """List user share permissions for a memory block.

     Returns the list of users with explicit (direct) share grants on the memory block. Does not include
    cascade access derived from collection sharing.

    Args:
        memory_block_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[SharePermission]]
    """

    kwargs = _get_kwargs(
        memory_block_id=memory_block_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    memory_block_id: str,
    *,
    client: AuthenticatedClient,
) -> EndpointError | list[SharePermission] | None:
    """List user share permissions for a memory block.

     Returns the list of users with explicit (direct) share grants on the memory block. Does not include
    cascade access derived from collection sharing.

    Args:
        memory_block_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[SharePermission]
    """

    return (
        await asyncio_detailed(
            memory_block_id=memory_block_id,
            client=client,
        )
    ).parsed
