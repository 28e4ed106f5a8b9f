from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.update_user_builtin_mcp_200_response import (
    UpdateUserBuiltinMcp200Response,
)
from ...models.update_user_builtin_mcp_request import UpdateUserBuiltinMcpRequest

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
    body: UpdateUserBuiltinMcpRequest,
) -> dict[str, Any]:
    require_path_value("mcp_id", mcp_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/agents/builtin_mcps/admin/{mcp_id}".format(
            mcp_id=quote(str(mcp_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> UpdateUserBuiltinMcp200Response:
    if response.status_code == 200:
        response_200 = UpdateUserBuiltinMcp200Response.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: UpdateUserBuiltinMcpRequest | Mapping[str, Any] | Unset,
    *,
    name: Any = UNSET,
    description: Any = UNSET,
    type_: Any = UNSET,
    mcp_config_json: Any = UNSET,
    image_url: Any = UNSET,
) -> UpdateUserBuiltinMcpRequest:
    return make_body(
        UpdateUserBuiltinMcpRequest,
        body,
        {
            "name": name,
            "description": description,
            "type": type_,
            "mcp_config_json": mcp_config_json,
            "image_url": image_url,
        },
        "update_user_builtin_mcp",
        as_json=True,
    )


def sync_detailed(
    mcp_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateUserBuiltinMcpRequest,
) -> Response[UpdateUserBuiltinMcp200Response | None]:
    """Update a custom builtin MCP

     Updates a previously-published MCP configuration. Requires the ManageLibrary permission (admins hold
    it by default), which covers every entry regardless of who published it.

    Args:
        mcp_id (str):
        body (UpdateUserBuiltinMcpRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateUserBuiltinMcp200Response | None]
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
    body: UpdateUserBuiltinMcpRequest,
) -> UpdateUserBuiltinMcp200Response | None:
    """Update a custom builtin MCP

     Updates a previously-published MCP configuration. Requires the ManageLibrary permission (admins hold
    it by default), which covers every entry regardless of who published it.

    Args:
        mcp_id (str):
        body (UpdateUserBuiltinMcpRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateUserBuiltinMcp200Response
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
) -> Response[UpdateUserBuiltinMcp200Response | None]:
    """Update a custom builtin MCP

     Updates a previously-published MCP configuration. Requires the ManageLibrary permission (admins hold
    it by default), which covers every entry regardless of who published it.

    Args:
        mcp_id (str):
        body (UpdateUserBuiltinMcpRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateUserBuiltinMcp200Response | None]
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
    body: UpdateUserBuiltinMcpRequest,
) -> UpdateUserBuiltinMcp200Response | None:
    """Update a custom builtin MCP

     Updates a previously-published MCP configuration. Requires the ManageLibrary permission (admins hold
    it by default), which covers every entry regardless of who published it.

    Args:
        mcp_id (str):
        body (UpdateUserBuiltinMcpRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateUserBuiltinMcp200Response
    """

    return (
        await asyncio_detailed(
            mcp_id=mcp_id,
            client=client,
            body=body,
        )
    ).parsed
