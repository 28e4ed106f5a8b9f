from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.group_share_permission import GroupSharePermission

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
    check_value,
    require_path_value,
)


def _get_kwargs(
    extractor_id: str,
) -> dict[str, Any]:
    require_path_value("extractor_id", extractor_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/extractors/{extractor_id}/group_permissions".format(
            extractor_id=quote(str(extractor_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | list[GroupSharePermission] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "get_extractor_group_permissions", "array")
        response_200 = list(map(GroupSharePermission.from_dict, _response_200))

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
) -> Response[EndpointError | list[GroupSharePermission]]:
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


def _parse_success(response: httpx.Response) -> list[GroupSharePermission]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "get_extractor_group_permissions", "array")
        response_200 = list(map(GroupSharePermission.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    extractor_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[EndpointError | list[GroupSharePermission]]:
    """Returns a list of group access permissions for a given extractor.

     The returned list of group permissions denoting which groups have access to the extractor.

    Args:
        extractor_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[GroupSharePermission]]
    """

    kwargs = _get_kwargs(
        extractor_id=extractor_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    extractor_id: str,
    *,
    client: AuthenticatedClient,
) -> EndpointError | list[GroupSharePermission] | None:
    """Returns a list of group access permissions for a given extractor.

     The returned list of group permissions denoting which groups have access to the extractor.

    Args:
        extractor_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[GroupSharePermission]
    """

    return sync_detailed(
        extractor_id=extractor_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    extractor_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[EndpointError | list[GroupSharePermission]]:
    """Returns a list of group access permissions for a given extractor.

     The returned list of group permissions denoting which groups have access to the extractor.

    Args:
        extractor_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[GroupSharePermission]]
    """

    kwargs = _get_kwargs(
        extractor_id=extractor_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    extractor_id: str,
    *,
    client: AuthenticatedClient,
) -> EndpointError | list[GroupSharePermission] | None:
    """Returns a list of group access permissions for a given extractor.

     The returned list of group permissions denoting which groups have access to the extractor.

    Args:
        extractor_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[GroupSharePermission]
    """

    return (
        await asyncio_detailed(
            extractor_id=extractor_id,
            client=client,
        )
    ).parsed
