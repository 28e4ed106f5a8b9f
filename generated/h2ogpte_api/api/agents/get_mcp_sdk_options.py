from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.get_mcp_sdk_options_200_response import GetMcpSdkOptions200Response

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response


def build_request() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agents/mcp/sdk_options",
    }

    return _kwargs


def parse(response: httpx.Response) -> GetMcpSdkOptions200Response:
    if response.status_code == 200:
        response_200 = GetMcpSdkOptions200Response.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[GetMcpSdkOptions200Response | None]:
    """Get Claude SDK options schema

     Returns the schema of available Claude SDK options that can be configured for MCP tool runners.
    Includes permission modes, effort levels, available betas, hook actions, and limitations.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMcpSdkOptions200Response | None]
    """

    response = client.get_httpx_client().request(**build_request())
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
) -> GetMcpSdkOptions200Response | None:
    """Get Claude SDK options schema

     Returns the schema of available Claude SDK options that can be configured for MCP tool runners.
    Includes permission modes, effort levels, available betas, hook actions, and limitations.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMcpSdkOptions200Response
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[GetMcpSdkOptions200Response | None]:
    """Get Claude SDK options schema

     Returns the schema of available Claude SDK options that can be configured for MCP tool runners.
    Includes permission modes, effort levels, available betas, hook actions, and limitations.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMcpSdkOptions200Response | None]
    """

    response = await client.get_async_httpx_client().request(**build_request())
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> GetMcpSdkOptions200Response | None:
    """Get Claude SDK options schema

     Returns the schema of available Claude SDK options that can be configured for MCP tool runners.
    Includes permission modes, effort levels, available betas, hook actions, and limitations.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMcpSdkOptions200Response
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
