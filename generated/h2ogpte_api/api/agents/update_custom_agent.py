from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.update_custom_agent_200_response import UpdateCustomAgent200Response
from ...models.update_custom_agent_request import UpdateCustomAgentRequest

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
    agent_id: str,
    *,
    body: UpdateCustomAgentRequest,
) -> dict[str, Any]:
    require_path_value("agent_id", agent_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/agents/custom_agents/{agent_id}".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> UpdateCustomAgent200Response:
    if response.status_code == 200:
        response_200 = UpdateCustomAgent200Response.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: UpdateCustomAgentRequest | Mapping[str, Any] | Unset,
    *,
    agent_args: Any = UNSET,
    mcp_servers_mapping: Any = UNSET,
) -> UpdateCustomAgentRequest:
    return make_body(
        UpdateCustomAgentRequest,
        body,
        {
            "agent_args": agent_args,
            "mcp_servers_mapping": mcp_servers_mapping,
        },
        "update_custom_agent",
        as_json=True,
    )


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomAgentRequest,
) -> Response[UpdateCustomAgent200Response | None]:
    """Updates a custom agent

     Updates a custom agent given an agent id belonging to the user.

    Args:
        agent_id (str):
        body (UpdateCustomAgentRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateCustomAgent200Response | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            agent_id=agent_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomAgentRequest,
) -> UpdateCustomAgent200Response | None:
    """Updates a custom agent

     Updates a custom agent given an agent id belonging to the user.

    Args:
        agent_id (str):
        body (UpdateCustomAgentRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateCustomAgent200Response
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomAgentRequest,
) -> Response[UpdateCustomAgent200Response | None]:
    """Updates a custom agent

     Updates a custom agent given an agent id belonging to the user.

    Args:
        agent_id (str):
        body (UpdateCustomAgentRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateCustomAgent200Response | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            agent_id=agent_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomAgentRequest,
) -> UpdateCustomAgent200Response | None:
    """Updates a custom agent

     Updates a custom agent given an agent id belonging to the user.

    Args:
        agent_id (str):
        body (UpdateCustomAgentRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateCustomAgent200Response
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
        )
    ).parsed
