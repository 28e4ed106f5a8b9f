from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.add_builtin_mcp_201_response import AddBuiltinMcp201Response
from ...models.add_builtin_mcp_body import AddBuiltinMcpBody

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
    body: AddBuiltinMcpBody,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/builtin_mcps/add",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> AddBuiltinMcp201Response:
    if response.status_code == 201:
        response_201 = AddBuiltinMcp201Response.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: AddBuiltinMcpBody | Mapping[str, Any] | Unset,
    *,
    mcp_id: Any = UNSET,
    keys: Any = UNSET,
    files: Any = UNSET,
) -> AddBuiltinMcpBody:
    return make_body(
        AddBuiltinMcpBody,
        body,
        {
            "mcp_id": mcp_id,
            "keys": keys,
            "files": files,
        },
        "add_builtin_mcp",
        as_json=False,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AddBuiltinMcpBody,
) -> Response[AddBuiltinMcp201Response | None]:
    """Add a built-in MCP

     Adds a built-in MCP (Model Context Protocol server) to the user's tools. This endpoint configures
    and enables a predefined MCP for the user with direct file uploads.

    Args:
        body (AddBuiltinMcpBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddBuiltinMcp201Response | None]
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
    body: AddBuiltinMcpBody,
) -> AddBuiltinMcp201Response | None:
    """Add a built-in MCP

     Adds a built-in MCP (Model Context Protocol server) to the user's tools. This endpoint configures
    and enables a predefined MCP for the user with direct file uploads.

    Args:
        body (AddBuiltinMcpBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddBuiltinMcp201Response
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AddBuiltinMcpBody,
) -> Response[AddBuiltinMcp201Response | None]:
    """Add a built-in MCP

     Adds a built-in MCP (Model Context Protocol server) to the user's tools. This endpoint configures
    and enables a predefined MCP for the user with direct file uploads.

    Args:
        body (AddBuiltinMcpBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddBuiltinMcp201Response | None]
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
    body: AddBuiltinMcpBody,
) -> AddBuiltinMcp201Response | None:
    """Add a built-in MCP

     Adds a built-in MCP (Model Context Protocol server) to the user's tools. This endpoint configures
    and enables a predefined MCP for the user with direct file uploads.

    Args:
        body (AddBuiltinMcpBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddBuiltinMcp201Response
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
