from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.inspect_mcp_tool_200_response import InspectMcpTool200Response
from ...models.inspect_mcp_tool_request import InspectMcpToolRequest

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
    body: InspectMcpToolRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/mcp/inspect_tool",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> InspectMcpTool200Response:
    if response.status_code == 200:
        response_200 = InspectMcpTool200Response.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: InspectMcpToolRequest | Mapping[str, Any] | Unset,
    *,
    tool_id: Any = UNSET,
    servers: Any = UNSET,
    file_name: Any = UNSET,
    file_data_base64: Any = UNSET,
    model: Any = UNSET,
) -> InspectMcpToolRequest:
    return make_body(
        InspectMcpToolRequest,
        body,
        {
            "tool_id": tool_id,
            "servers": servers,
            "file_name": file_name,
            "file_data_base64": file_data_base64,
            "model": model,
        },
        "inspect_mcp_tool",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InspectMcpToolRequest,
) -> Response[InspectMcpTool200Response | None]:
    """Unified MCP tool inspection

     Unified endpoint for inspecting MCP tools. Supports three modes: (1) tool_id — inspect an existing
    local or remote MCP tool by database ID, (2) servers — inspect one or more remote MCP server configs
    (pre-add), (3) file_name + file_data_base64 — inspect an uploaded package (pre-add). Returns a list
    of per-server inspection results.

    Args:
        body (InspectMcpToolRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InspectMcpTool200Response | None]
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
    body: InspectMcpToolRequest,
) -> InspectMcpTool200Response | None:
    """Unified MCP tool inspection

     Unified endpoint for inspecting MCP tools. Supports three modes: (1) tool_id — inspect an existing
    local or remote MCP tool by database ID, (2) servers — inspect one or more remote MCP server configs
    (pre-add), (3) file_name + file_data_base64 — inspect an uploaded package (pre-add). Returns a list
    of per-server inspection results.

    Args:
        body (InspectMcpToolRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InspectMcpTool200Response
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InspectMcpToolRequest,
) -> Response[InspectMcpTool200Response | None]:
    """Unified MCP tool inspection

     Unified endpoint for inspecting MCP tools. Supports three modes: (1) tool_id — inspect an existing
    local or remote MCP tool by database ID, (2) servers — inspect one or more remote MCP server configs
    (pre-add), (3) file_name + file_data_base64 — inspect an uploaded package (pre-add). Returns a list
    of per-server inspection results.

    Args:
        body (InspectMcpToolRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InspectMcpTool200Response | None]
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
    body: InspectMcpToolRequest,
) -> InspectMcpTool200Response | None:
    """Unified MCP tool inspection

     Unified endpoint for inspecting MCP tools. Supports three modes: (1) tool_id — inspect an existing
    local or remote MCP tool by database ID, (2) servers — inspect one or more remote MCP server configs
    (pre-add), (3) file_name + file_data_base64 — inspect an uploaded package (pre-add). Returns a list
    of per-server inspection results.

    Args:
        body (InspectMcpToolRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InspectMcpTool200Response
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
