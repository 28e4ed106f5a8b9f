from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.create_custom_agent_tool_association_request import (
    CreateCustomAgentToolAssociationRequest,
)
from ...models.custom_agent_tool_association import CustomAgentToolAssociation

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
    body: CreateCustomAgentToolAssociationRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/custom_agent_tool_associations",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> CustomAgentToolAssociation:
    if response.status_code == 200:
        response_200 = CustomAgentToolAssociation.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: CreateCustomAgentToolAssociationRequest | Mapping[str, Any] | Unset,
    *,
    agent_id: Any = UNSET,
    mcp_server_name: Any = UNSET,
    tool_name: Any = UNSET,
) -> CreateCustomAgentToolAssociationRequest:
    return make_body(
        CreateCustomAgentToolAssociationRequest,
        body,
        {
            "agent_id": agent_id,
            "mcp_server_name": mcp_server_name,
            "tool_name": tool_name,
        },
        "create_custom_agent_tool_association",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateCustomAgentToolAssociationRequest,
) -> Response[CustomAgentToolAssociation | None]:
    """Creates a custom agent tool association.

     Creates a custom agent tool association.

    Args:
        body (CreateCustomAgentToolAssociationRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomAgentToolAssociation | None]
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
    body: CreateCustomAgentToolAssociationRequest,
) -> CustomAgentToolAssociation | None:
    """Creates a custom agent tool association.

     Creates a custom agent tool association.

    Args:
        body (CreateCustomAgentToolAssociationRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomAgentToolAssociation
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateCustomAgentToolAssociationRequest,
) -> Response[CustomAgentToolAssociation | None]:
    """Creates a custom agent tool association.

     Creates a custom agent tool association.

    Args:
        body (CreateCustomAgentToolAssociationRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomAgentToolAssociation | None]
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
    body: CreateCustomAgentToolAssociationRequest,
) -> CustomAgentToolAssociation | None:
    """Creates a custom agent tool association.

     Creates a custom agent tool association.

    Args:
        body (CreateCustomAgentToolAssociationRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomAgentToolAssociation
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
