from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_user_builtin_mcp_201_response import (
    CreateUserBuiltinMcp201Response,
)
from ...models.create_user_builtin_mcp_body import CreateUserBuiltinMcpBody
from ...models.endpoint_error import EndpointError

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
)


def _get_kwargs(
    *,
    body: CreateUserBuiltinMcpBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/builtin_mcps/admin",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateUserBuiltinMcp201Response | EndpointError | None:
    if response.status_code == 201:
        response_201 = CreateUserBuiltinMcp201Response.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = EndpointError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if response.status_code == 415:
        response_415 = EndpointError.from_dict(response.json())

        return response_415

    if response.status_code == 500:
        response_500 = EndpointError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateUserBuiltinMcp201Response | EndpointError]:
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


def _parse_success(response: httpx.Response) -> CreateUserBuiltinMcp201Response:
    if response.status_code == 201:
        response_201 = CreateUserBuiltinMcp201Response.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateUserBuiltinMcpBody,
) -> Response[CreateUserBuiltinMcp201Response | EndpointError]:
    """Publish a custom builtin MCP to the library

     Publishes a new MCP to the shared library so it appears in the builtin MCPs list. Requires the
    ManageLibrary permission (admins hold it by default). Supports optional logo file upload.

    Args:
        body (CreateUserBuiltinMcpBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUserBuiltinMcp201Response | EndpointError]
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
    body: CreateUserBuiltinMcpBody,
) -> CreateUserBuiltinMcp201Response | EndpointError | None:
    """Publish a custom builtin MCP to the library

     Publishes a new MCP to the shared library so it appears in the builtin MCPs list. Requires the
    ManageLibrary permission (admins hold it by default). Supports optional logo file upload.

    Args:
        body (CreateUserBuiltinMcpBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUserBuiltinMcp201Response | EndpointError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateUserBuiltinMcpBody,
) -> Response[CreateUserBuiltinMcp201Response | EndpointError]:
    """Publish a custom builtin MCP to the library

     Publishes a new MCP to the shared library so it appears in the builtin MCPs list. Requires the
    ManageLibrary permission (admins hold it by default). Supports optional logo file upload.

    Args:
        body (CreateUserBuiltinMcpBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUserBuiltinMcp201Response | EndpointError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateUserBuiltinMcpBody,
) -> CreateUserBuiltinMcp201Response | EndpointError | None:
    """Publish a custom builtin MCP to the library

     Publishes a new MCP to the shared library so it appears in the builtin MCPs list. Requires the
    ManageLibrary permission (admins hold it by default). Supports optional logo file upload.

    Args:
        body (CreateUserBuiltinMcpBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUserBuiltinMcp201Response | EndpointError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
