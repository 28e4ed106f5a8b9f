from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.delete_user_builtin_mcp_200_response import (
    DeleteUserBuiltinMcp200Response,
)

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    mcp_id: str,
) -> dict[str, Any]:
    require_path_value("mcp_id", mcp_id)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/agents/builtin_mcps/admin/{mcp_id}".format(
            mcp_id=quote(str(mcp_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> DeleteUserBuiltinMcp200Response:
    if response.status_code == 200:
        response_200 = DeleteUserBuiltinMcp200Response.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    mcp_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteUserBuiltinMcp200Response | None]:
    """Delete a custom builtin MCP

     Deletes a published MCP from the library. Requires the ManageLibrary permission (admins hold it by
    default), which covers every entry regardless of who published it.

    Args:
        mcp_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteUserBuiltinMcp200Response | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            mcp_id=mcp_id,
        )
    )
    return build_response(client, response, parse)


def sync(
    mcp_id: str,
    *,
    client: AuthenticatedClient,
) -> DeleteUserBuiltinMcp200Response | None:
    """Delete a custom builtin MCP

     Deletes a published MCP from the library. Requires the ManageLibrary permission (admins hold it by
    default), which covers every entry regardless of who published it.

    Args:
        mcp_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteUserBuiltinMcp200Response
    """

    return sync_detailed(
        mcp_id=mcp_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    mcp_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteUserBuiltinMcp200Response | None]:
    """Delete a custom builtin MCP

     Deletes a published MCP from the library. Requires the ManageLibrary permission (admins hold it by
    default), which covers every entry regardless of who published it.

    Args:
        mcp_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteUserBuiltinMcp200Response | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            mcp_id=mcp_id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    mcp_id: str,
    *,
    client: AuthenticatedClient,
) -> DeleteUserBuiltinMcp200Response | None:
    """Delete a custom builtin MCP

     Deletes a published MCP from the library. Requires the ManageLibrary permission (admins hold it by
    default), which covers every entry regardless of who published it.

    Args:
        mcp_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteUserBuiltinMcp200Response
    """

    return (
        await asyncio_detailed(
            mcp_id=mcp_id,
            client=client,
        )
    ).parsed
