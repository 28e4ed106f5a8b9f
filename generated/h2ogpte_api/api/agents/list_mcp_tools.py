from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.list_mcp_tools_200_response import ListMcpTools200Response
from ...models.list_mcp_tools_request import ListMcpToolsRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
)
from .. import make_body


def build_request(
    *,
    body: ListMcpToolsRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/mcp/list_tools",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> ListMcpTools200Response:
    if response.status_code == 200:
        response_200 = ListMcpTools200Response.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: ListMcpToolsRequest | Mapping[str, Any] | Unset,
    *,
    config_type: Any = UNSET,
    server_names: Any = UNSET,
    mcp_dir: Any = UNSET,
    include_remote: Any = UNSET,
) -> ListMcpToolsRequest:
    return make_body(
        ListMcpToolsRequest,
        body,
        {
            "config_type": config_type,
            "server_names": server_names,
            "mcp_dir": mcp_dir,
            "include_remote": include_remote,
        },
        "list_mcp_tools",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ListMcpToolsRequest,
) -> Response[ListMcpTools200Response | None]:
    """List tools from MCP servers

     Lists tools from configured MCP servers, optionally filtered by config type and server names.

    Args:
        body (ListMcpToolsRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMcpTools200Response | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    body: ListMcpToolsRequest,
) -> ListMcpTools200Response | None:
    """List tools from MCP servers

     Lists tools from configured MCP servers, optionally filtered by config type and server names.

    Args:
        body (ListMcpToolsRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMcpTools200Response
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ListMcpToolsRequest,
) -> Response[ListMcpTools200Response | None]:
    """List tools from MCP servers

     Lists tools from configured MCP servers, optionally filtered by config type and server names.

    Args:
        body (ListMcpToolsRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMcpTools200Response | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ListMcpToolsRequest,
) -> ListMcpTools200Response | None:
    """List tools from MCP servers

     Lists tools from configured MCP servers, optionally filtered by config type and server names.

    Args:
        body (ListMcpToolsRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMcpTools200Response
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
