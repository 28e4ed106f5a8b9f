from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.update_admin_mcp_logo_200_response import UpdateAdminMcpLogo200Response
from ...models.update_admin_mcp_logo_body import UpdateAdminMcpLogoBody

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
    require_path_value,
)
from .. import make_body


def build_request(
    mcp_id: str,
    *,
    body: UpdateAdminMcpLogoBody,
) -> dict[str, Any]:
    require_path_value("mcp_id", mcp_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/builtin_mcps/admin/{mcp_id}/logo".format(
            mcp_id=quote(str(mcp_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> UpdateAdminMcpLogo200Response:
    if response.status_code == 200:
        response_200 = UpdateAdminMcpLogo200Response.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: UpdateAdminMcpLogoBody | Mapping[str, Any] | Unset,
    *,
    file: Any = UNSET,
) -> UpdateAdminMcpLogoBody:
    return make_body(
        UpdateAdminMcpLogoBody,
        body,
        {
            "file": file,
        },
        "update_admin_mcp_logo",
        as_json=False,
    )


def sync_detailed(
    mcp_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateAdminMcpLogoBody,
) -> Response[UpdateAdminMcpLogo200Response | None]:
    """Update MCP logo

     Updates the logo for a published MCP. Requires the ManageLibrary permission (admins hold it by
    default).

    Args:
        mcp_id (str):
        body (UpdateAdminMcpLogoBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateAdminMcpLogo200Response | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            mcp_id=mcp_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    mcp_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateAdminMcpLogoBody,
) -> UpdateAdminMcpLogo200Response | None:
    """Update MCP logo

     Updates the logo for a published MCP. Requires the ManageLibrary permission (admins hold it by
    default).

    Args:
        mcp_id (str):
        body (UpdateAdminMcpLogoBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateAdminMcpLogo200Response
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
    body: UpdateAdminMcpLogoBody,
) -> Response[UpdateAdminMcpLogo200Response | None]:
    """Update MCP logo

     Updates the logo for a published MCP. Requires the ManageLibrary permission (admins hold it by
    default).

    Args:
        mcp_id (str):
        body (UpdateAdminMcpLogoBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateAdminMcpLogo200Response | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            mcp_id=mcp_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    mcp_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateAdminMcpLogoBody,
) -> UpdateAdminMcpLogo200Response | None:
    """Update MCP logo

     Updates the logo for a published MCP. Requires the ManageLibrary permission (admins hold it by
    default).

    Args:
        mcp_id (str):
        body (UpdateAdminMcpLogoBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateAdminMcpLogo200Response
    """

    return (
        await asyncio_detailed(
            mcp_id=mcp_id,
            client=client,
            body=body,
        )
    ).parsed
