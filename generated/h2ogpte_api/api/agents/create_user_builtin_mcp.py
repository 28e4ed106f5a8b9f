from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.create_user_builtin_mcp_201_response import (
    CreateUserBuiltinMcp201Response,
)
from ...models.create_user_builtin_mcp_body import CreateUserBuiltinMcpBody

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
    body: CreateUserBuiltinMcpBody,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/builtin_mcps/admin",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> CreateUserBuiltinMcp201Response:
    if response.status_code == 201:
        response_201 = CreateUserBuiltinMcp201Response.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: CreateUserBuiltinMcpBody | Mapping[str, Any] | Unset,
    *,
    mcp_config: Any = UNSET,
    logo_file: Any = UNSET,
) -> CreateUserBuiltinMcpBody:
    return make_body(
        CreateUserBuiltinMcpBody,
        body,
        {
            "mcp_config": mcp_config,
            "logo_file": logo_file,
        },
        "create_user_builtin_mcp",
        as_json=False,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateUserBuiltinMcpBody,
) -> Response[CreateUserBuiltinMcp201Response | None]:
    """Publish a custom builtin MCP to the library

     Publishes a new MCP to the shared library so it appears in the builtin MCPs list. Requires the
    ManageLibrary permission (admins hold it by default). Supports optional logo file upload.

    Args:
        body (CreateUserBuiltinMcpBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUserBuiltinMcp201Response | None]
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
    body: CreateUserBuiltinMcpBody,
) -> CreateUserBuiltinMcp201Response | None:
    """Publish a custom builtin MCP to the library

     Publishes a new MCP to the shared library so it appears in the builtin MCPs list. Requires the
    ManageLibrary permission (admins hold it by default). Supports optional logo file upload.

    Args:
        body (CreateUserBuiltinMcpBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUserBuiltinMcp201Response
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateUserBuiltinMcpBody,
) -> Response[CreateUserBuiltinMcp201Response | None]:
    """Publish a custom builtin MCP to the library

     Publishes a new MCP to the shared library so it appears in the builtin MCPs list. Requires the
    ManageLibrary permission (admins hold it by default). Supports optional logo file upload.

    Args:
        body (CreateUserBuiltinMcpBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUserBuiltinMcp201Response | None]
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
    body: CreateUserBuiltinMcpBody,
) -> CreateUserBuiltinMcp201Response | None:
    """Publish a custom builtin MCP to the library

     Publishes a new MCP to the shared library so it appears in the builtin MCPs list. Requires the
    ManageLibrary permission (admins hold it by default). Supports optional logo file upload.

    Args:
        body (CreateUserBuiltinMcpBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUserBuiltinMcp201Response
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
