from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.set_default_memory_block_request import SetDefaultMemoryBlockRequest
from ...models.set_default_memory_block_response import SetDefaultMemoryBlockResponse

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
)


def _get_kwargs(
    *,
    body: SetDefaultMemoryBlockRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/users/current/default_memory_blocks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EndpointError | SetDefaultMemoryBlockResponse | None:
    if response.status_code == 200:
        response_200 = SetDefaultMemoryBlockResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
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
) -> Response[Any | EndpointError | SetDefaultMemoryBlockResponse]:
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


def _parse_success(response: httpx.Response) -> SetDefaultMemoryBlockResponse:
    if response.status_code == 200:
        response_200 = SetDefaultMemoryBlockResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SetDefaultMemoryBlockRequest,
) -> Response[Any | EndpointError | SetDefaultMemoryBlockResponse]:
    """Set a default memory block

     Sets a default memory block for a given scope (llm or agent). Pass memory_block_id as null to clear.

    Args:
        body (SetDefaultMemoryBlockRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndpointError | SetDefaultMemoryBlockResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SetDefaultMemoryBlockRequest,
) -> Any | EndpointError | SetDefaultMemoryBlockResponse | None:
    """Set a default memory block

     Sets a default memory block for a given scope (llm or agent). Pass memory_block_id as null to clear.

    Args:
        body (SetDefaultMemoryBlockRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EndpointError | SetDefaultMemoryBlockResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SetDefaultMemoryBlockRequest,
) -> Response[Any | EndpointError | SetDefaultMemoryBlockResponse]:
    """Set a default memory block

     Sets a default memory block for a given scope (llm or agent). Pass memory_block_id as null to clear.

    Args:
        body (SetDefaultMemoryBlockRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndpointError | SetDefaultMemoryBlockResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SetDefaultMemoryBlockRequest,
) -> Any | EndpointError | SetDefaultMemoryBlockResponse | None:
    """Set a default memory block

     Sets a default memory block for a given scope (llm or agent). Pass memory_block_id as null to clear.

    Args:
        body (SetDefaultMemoryBlockRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EndpointError | SetDefaultMemoryBlockResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
