from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.update_user_builtin_mcp_200_response import (
    UpdateUserBuiltinMcp200Response,
)
from ...models.update_user_builtin_mcp_request import UpdateUserBuiltinMcpRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
    require_path_value,
)


def _get_kwargs(
    mcp_id: str,
    *,
    body: UpdateUserBuiltinMcpRequest,
) -> dict[str, Any]:
    require_path_value("mcp_id", mcp_id)
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/agents/builtin_mcps/admin/{mcp_id}".format(
            mcp_id=quote(str(mcp_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | UpdateUserBuiltinMcp200Response | None:
    if response.status_code == 200:
        response_200 = UpdateUserBuiltinMcp200Response.from_dict(response.json())

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
) -> Response[EndpointError | UpdateUserBuiltinMcp200Response]:
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


def _parse_success(response: httpx.Response) -> UpdateUserBuiltinMcp200Response:
    if response.status_code == 200:
        response_200 = UpdateUserBuiltinMcp200Response.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    mcp_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateUserBuiltinMcpRequest,
) -> Response[EndpointError | UpdateUserBuiltinMcp200Response]:
    """Update a custom builtin MCP

     Updates a previously-published MCP configuration. Requires the ManageLibrary permission (admins hold
    it by default), which covers every entry regardless of who published it.

    Args:
        mcp_id (str):
        body (UpdateUserBuiltinMcpRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | UpdateUserBuiltinMcp200Response]
    """

    kwargs = _get_kwargs(
        mcp_id=mcp_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mcp_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateUserBuiltinMcpRequest,
) -> EndpointError | UpdateUserBuiltinMcp200Response | None:
    """Update a custom builtin MCP

     Updates a previously-published MCP configuration. Requires the ManageLibrary permission (admins hold
    it by default), which covers every entry regardless of who published it.

    Args:
        mcp_id (str):
        body (UpdateUserBuiltinMcpRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | UpdateUserBuiltinMcp200Response
    """

    return sync_detailed(
        mcp_id=mcp_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    mcp_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateUserBuiltinMcpRequest,
) -> Response[EndpointError | UpdateUserBuiltinMcp200Response]:
    """Update a custom builtin MCP

     Updates a previously-published MCP configuration. Requires the ManageLibrary permission (admins hold
    it by default), which covers every entry regardless of who published it.

    Args:
        mcp_id (str):
        body (UpdateUserBuiltinMcpRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | UpdateUserBuiltinMcp200Response]
    """

    kwargs = _get_kwargs(
        mcp_id=mcp_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mcp_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateUserBuiltinMcpRequest,
) -> EndpointError | UpdateUserBuiltinMcp200Response | None:
    """Update a custom builtin MCP

     Updates a previously-published MCP configuration. Requires the ManageLibrary permission (admins hold
    it by default), which covers every entry regardless of who published it.

    Args:
        mcp_id (str):
        body (UpdateUserBuiltinMcpRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | UpdateUserBuiltinMcp200Response
    """

    return (
        await asyncio_detailed(
            mcp_id=mcp_id,
            client=client,
            body=body,
        )
    ).parsed
