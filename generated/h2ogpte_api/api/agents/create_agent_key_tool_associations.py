from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.agent_tool_key_associations import AgentToolKeyAssociations
from ...models.create_agent_tool_key_associations_request import (
    CreateAgentToolKeyAssociationsRequest,
)

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
    body: CreateAgentToolKeyAssociationsRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/tool_association",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> AgentToolKeyAssociations:
    if response.status_code == 200:
        response_200 = AgentToolKeyAssociations.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: CreateAgentToolKeyAssociationsRequest | Mapping[str, Any] | Unset,
    *,
    tool: Any = UNSET,
    keys: Any = UNSET,
) -> CreateAgentToolKeyAssociationsRequest:
    return make_body(
        CreateAgentToolKeyAssociationsRequest,
        body,
        {
            "tool": tool,
            "keys": keys,
        },
        "create_agent_key_tool_associations",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAgentToolKeyAssociationsRequest,
) -> Response[AgentToolKeyAssociations | None]:
    """Creates associations between a tool and user's keys.

     Creates associations between a tool and user's keys.

    Args:
        body (CreateAgentToolKeyAssociationsRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentToolKeyAssociations | None]
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
    body: CreateAgentToolKeyAssociationsRequest,
) -> AgentToolKeyAssociations | None:
    """Creates associations between a tool and user's keys.

     Creates associations between a tool and user's keys.

    Args:
        body (CreateAgentToolKeyAssociationsRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentToolKeyAssociations
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAgentToolKeyAssociationsRequest,
) -> Response[AgentToolKeyAssociations | None]:
    """Creates associations between a tool and user's keys.

     Creates associations between a tool and user's keys.

    Args:
        body (CreateAgentToolKeyAssociationsRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentToolKeyAssociations | None]
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
    body: CreateAgentToolKeyAssociationsRequest,
) -> AgentToolKeyAssociations | None:
    """Creates associations between a tool and user's keys.

     Creates associations between a tool and user's keys.

    Args:
        body (CreateAgentToolKeyAssociationsRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentToolKeyAssociations
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
