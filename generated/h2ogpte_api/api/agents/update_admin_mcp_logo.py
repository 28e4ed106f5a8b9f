from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.update_admin_mcp_logo_200_response import UpdateAdminMcpLogo200Response
from ...models.update_admin_mcp_logo_body import UpdateAdminMcpLogoBody

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
    require_path_value,
)


def _get_kwargs(
    mcp_id: str,
    *,
    body: UpdateAdminMcpLogoBody,
) -> dict[str, Any]:
    require_path_value("mcp_id", mcp_id)
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/builtin_mcps/admin/{mcp_id}/logo".format(
            mcp_id=quote(str(mcp_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | UpdateAdminMcpLogo200Response | None:
    if response.status_code == 200:
        response_200 = UpdateAdminMcpLogo200Response.from_dict(response.json())

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
) -> Response[EndpointError | UpdateAdminMcpLogo200Response]:
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


def _parse_success(response: httpx.Response) -> UpdateAdminMcpLogo200Response:
    if response.status_code == 200:
        response_200 = UpdateAdminMcpLogo200Response.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    mcp_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateAdminMcpLogoBody,
) -> Response[EndpointError | UpdateAdminMcpLogo200Response]:
    """Update MCP logo

     Updates the logo for a published MCP. Requires the ManageLibrary permission (admins hold it by
    default).

    Args:
        mcp_id (str):
        body (UpdateAdminMcpLogoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | UpdateAdminMcpLogo200Response]
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
    body: UpdateAdminMcpLogoBody,
) -> EndpointError | UpdateAdminMcpLogo200Response | None:
    """Update MCP logo

     Updates the logo for a published MCP. Requires the ManageLibrary permission (admins hold it by
    default).

    Args:
        mcp_id (str):
        body (UpdateAdminMcpLogoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | UpdateAdminMcpLogo200Response
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
) -> Response[EndpointError | UpdateAdminMcpLogo200Response]:
    """Update MCP logo

     Updates the logo for a published MCP. Requires the ManageLibrary permission (admins hold it by
    default).

    Args:
        mcp_id (str):
        body (UpdateAdminMcpLogoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | UpdateAdminMcpLogo200Response]
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
    body: UpdateAdminMcpLogoBody,
) -> EndpointError | UpdateAdminMcpLogo200Response | None:
    """Update MCP logo

     Updates the logo for a published MCP. Requires the ManageLibrary permission (admins hold it by
    default).

    Args:
        mcp_id (str):
        body (UpdateAdminMcpLogoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | UpdateAdminMcpLogo200Response
    """

    return (
        await asyncio_detailed(
            mcp_id=mcp_id,
            client=client,
            body=body,
        )
    ).parsed
