from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_builtin_mcp_201_response import AddBuiltinMcp201Response
from ...models.add_builtin_mcp_body import AddBuiltinMcpBody
from ...models.endpoint_error import EndpointError

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
)


def _get_kwargs(
    *,
    body: AddBuiltinMcpBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/builtin_mcps/add",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddBuiltinMcp201Response | EndpointError | None:
    if response.status_code == 201:
        response_201 = AddBuiltinMcp201Response.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = EndpointError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = EndpointError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddBuiltinMcp201Response | EndpointError]:
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


def _parse_success(response: httpx.Response) -> AddBuiltinMcp201Response:
    if response.status_code == 201:
        response_201 = AddBuiltinMcp201Response.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AddBuiltinMcpBody,
) -> Response[AddBuiltinMcp201Response | EndpointError]:
    """Add a built-in MCP

     Adds a built-in MCP (Model Context Protocol server) to the user's tools. This endpoint configures
    and enables a predefined MCP for the user with direct file uploads.

    Args:
        body (AddBuiltinMcpBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddBuiltinMcp201Response | EndpointError]
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
    body: AddBuiltinMcpBody,
) -> AddBuiltinMcp201Response | EndpointError | None:
    """Add a built-in MCP

     Adds a built-in MCP (Model Context Protocol server) to the user's tools. This endpoint configures
    and enables a predefined MCP for the user with direct file uploads.

    Args:
        body (AddBuiltinMcpBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddBuiltinMcp201Response | EndpointError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AddBuiltinMcpBody,
) -> Response[AddBuiltinMcp201Response | EndpointError]:
    """Add a built-in MCP

     Adds a built-in MCP (Model Context Protocol server) to the user's tools. This endpoint configures
    and enables a predefined MCP for the user with direct file uploads.

    Args:
        body (AddBuiltinMcpBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddBuiltinMcp201Response | EndpointError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AddBuiltinMcpBody,
) -> AddBuiltinMcp201Response | EndpointError | None:
    """Add a built-in MCP

     Adds a built-in MCP (Model Context Protocol server) to the user's tools. This endpoint configures
    and enables a predefined MCP for the user with direct file uploads.

    Args:
        body (AddBuiltinMcpBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddBuiltinMcp201Response | EndpointError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
