from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    UNSET,
    Response,
    Unset,
    check_items,
)


def _get_kwargs(
    *,
    connector_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["connector_type"] = connector_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/secrets/ids",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | list[str] | None:
    if response.status_code == 200:
        response_200 = cast(list[str], response.json())
        if response_200.__class__ is not list or response_200:
            check_items(response_200, "list_secret_ids", "string")

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
) -> Response[EndpointError | list[str]]:
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


def _parse_success(response: httpx.Response) -> list[str]:
    if response.status_code == 200:
        response_200 = cast(list[str], response.json())
        if response_200.__class__ is not list or response_200:
            check_items(response_200, "list_secret_ids", "string")

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    connector_type: str | Unset = UNSET,
) -> Response[EndpointError | list[str]]:
    """Lists available secret IDs from SecureStore.

     Lists available secret IDs from SecureStore for a specific connector type.

    Args:
        connector_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[str]]
    """

    kwargs = _get_kwargs(
        connector_type=connector_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    connector_type: str | Unset = UNSET,
) -> EndpointError | list[str] | None:
    """Lists available secret IDs from SecureStore.

     Lists available secret IDs from SecureStore for a specific connector type.

    Args:
        connector_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[str]
    """

    return sync_detailed(
        client=client,
        connector_type=connector_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    connector_type: str | Unset = UNSET,
) -> Response[EndpointError | list[str]]:
    """Lists available secret IDs from SecureStore.

     Lists available secret IDs from SecureStore for a specific connector type.

    Args:
        connector_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[str]]
    """

    kwargs = _get_kwargs(
        connector_type=connector_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    connector_type: str | Unset = UNSET,
) -> EndpointError | list[str] | None:
    """Lists available secret IDs from SecureStore.

     Lists available secret IDs from SecureStore for a specific connector type.

    Args:
        connector_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[str]
    """

    return (
        await asyncio_detailed(
            client=client,
            connector_type=connector_type,
        )
    ).parsed
